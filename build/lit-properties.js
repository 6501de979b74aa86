// Declares the element's reactive properties without the decorator machinery, in
// dist/news-timeline.bundle.js only. TypeScript compiles `@property(options) name` on a field to
// `__decorate([property(options)], C.prototype, "name", void 0)`, and Lit's property() decorator does
// nothing more for a field than call `C.createProperty("name", options)`, Lit's public API for
// declaring a reactive property (state() adds `state: true, attribute: false`). Writing that call
// directly leaves tslib's __decorate and lit/decorators.js out of the bundle. Anything else (accessors,
// other decorators, options this pattern does not read) is left to the decorators, which still work.

const FIELD = /__decorate\(\[\s*(property|state)\(((?:[^()]|\([^()]*\))*)\)\s*\], ([\w$]+)\.prototype, ("[\w$]+"), void 0\);/g;

/** The createProperty() call a decorated field's declaration stands for. */
function declare(decorator, options, owner, name) {
  const given = options.trim();
  if (decorator === 'state') return `${owner}.createProperty(${name}, { ${given ? `...${given}, ` : ''}state: true, attribute: false });`;
  return `${owner}.createProperty(${name}${given ? `, ${given}` : ''});`;
}

/** A Rollup plugin, after TypeScript: decorated reactive fields become createProperty() calls. */
export const litProperties = {
  name: 'lit-properties',
  transform(code, id) {
    if (!/[\\/]src[\\/]/.test(id) || !code.includes('__decorate(')) return null;
    // Same number of lines: the source map holds.
    const out = code.replace(FIELD, (whole, decorator, options, owner, name) =>
      declare(decorator, options, owner, name) + '\n'.repeat(whole.split('\n').length - 1));
    return { code: out, map: null };
  },
};
