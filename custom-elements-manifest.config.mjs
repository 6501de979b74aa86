// `npm run manifest` writes custom-elements.json from the JSDoc in src/ (@fires, @csspart, @cssprop, @slot).

/**
 * The analyzer also reports every `dispatchEvent(new X())` it sees, without the event's name. The JSDoc
 * `@fires` tags are the documented truth: keep those, typed with the class their description names.
 */
function documentedEventsOnly() {
  return {
    name: 'documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events) continue;
          declaration.events = declaration.events
            .filter((event) => event.description && event.name?.includes('-'))
            .map((event) => {
              const type = /`(\w+Event)`/.exec(event.description)?.[1];
              return type ? { ...event, type: { text: type } } : event;
            });
        }
      }
    },
  };
}

/**
 * Keeps the modules that declare or define a custom element: what editors and framework tooling read.
 * The analyzer's listing of every other module (plain functions and types) varies between runs, which
 * made the committed manifest look stale at random; the element's own entries do not.
 */
function elementModulesOnly() {
  return {
    name: 'element-modules-only',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules
        .filter((mod) =>
          (mod.declarations ?? []).some((d) => d.customElement) ||
          (mod.exports ?? []).some((e) => e.kind === 'custom-element-definition'))
        .sort((a, b) => a.path.localeCompare(b.path));
      // Private members are implementation, not API: leaving them out also keeps the file stable.
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          // The element's base class of properties (src/timeline-properties.ts) is no element of its own.
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
          if (declaration.members) declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected');
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [documentedEventsOnly(), elementModulesOnly()],
};
