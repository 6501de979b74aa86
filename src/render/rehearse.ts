/**
 * Lays out a rehearsal element once where the page's timelines will be laid out, and never paints it.
 *
 * A timeline's first render in a fresh page pays for the browser's first-time work too: the stylesheet's
 * rules matched for the first time, each font size and weight resolved for its text, our markup's first
 * layout. A rehearsal drawn on no page paid none of it (10 events made a second after load, fresh pages:
 * 34.0 → 30.0 ms to the frame after with this; see docs/performance.md).
 *
 * So in a task of its own (on a phone the drawing already was a long one; a timer, not the next idle
 * moment, so that a page awaiting `prepare` while its data loads does not wait for one) the element goes
 * into the document, hidden (`visibility: hidden`, which also keeps it from assistive technology; fixed,
 * so it moves nothing; inert), is laid out, and leaves it in the same task, before the browser can paint
 * a frame. It goes under `<html>`, beside `<body>`, so observers of the page's body see nothing. It tells
 * no one: its own events are never dispatched.
 */
export function layOutUnseen(el: HTMLElement & { readonly updateComplete: Promise<boolean> }): Promise<void> {
  el.dispatchEvent = () => true;
  return new Promise<void>((done) =>
    setTimeout(() => {
      el.inert = true;
      el.style.cssText = `position:fixed;visibility:hidden;width:${innerWidth}px`;
      document.documentElement.append(el);
      // Lit renders in a microtask, and this runs in the one after it: still the same task.
      done(
        el.updateComplete.then(() => {
          el.getBoundingClientRect();
          el.remove();
        }),
      );
    }),
  );
}
