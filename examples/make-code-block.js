// One block of the "Make a timeline" page's embed codes, with its copy button.

/** One embed code: a heading, what it is for, the code (none when `code` is null), and a button that copies it. */
export function codeBlock(id, heading, note, code, status) {
  const block = document.createElement('section');
  block.className = 'code-block';
  block.setAttribute('aria-labelledby', `${id}-heading`);
  const title = document.createElement('h3');
  title.id = `${id}-heading`;
  title.textContent = heading;
  const text = document.createElement('p');
  text.className = 'hint';
  text.textContent = note;
  block.append(title, text);
  if (code === null) return block;
  const pre = document.createElement('pre');
  pre.tabIndex = 0;
  pre.id = id;
  pre.setAttribute('aria-labelledby', `${id}-heading`);
  const element = document.createElement('code');
  element.textContent = code;
  pre.append(element);
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.textContent = `Copy ${heading.toLowerCase()}`;
  copy.addEventListener('click', () => copyCode(pre, code, heading, status));
  block.append(pre, copy);
  return block;
}

/** Copies `code`, saying so in `status`; where the page may not write the clipboard, selects it for the reader. */
async function copyCode(pre, code, heading, status) {
  try {
    await navigator.clipboard.writeText(code);
    status.textContent = `${heading} copied.`;
  } catch {
    // No clipboard access (an insecure page, a denied permission): select it for the reader to copy.
    getSelection()?.selectAllChildren(pre);
    status.textContent = `${heading} selected: press Ctrl+C (⌘C on a Mac) to copy it.`;
  }
}
