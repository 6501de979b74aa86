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

export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [documentedEventsOnly()],
};
