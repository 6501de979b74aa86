// Trims D3 prototypes in dist/news-timeline.bundle.js only. d3-selection's Selection prototype is one
// object literal naming every method (data joins, append, attr, classed, text, html, sort, …), and
// d3-dispatch's has copy() and apply(); a bundler keeps every entry of a literal, and every assignment
// to a prototype (EnterNode's and Local's, which only data joins and local() use); d3-zoom's transform
// has rescaleX() and apply() the timeline never calls. The bundle's only selections, dispatchers and
// transforms are those d3-zoom and d3-drag make for gestures, so this keeps just the
// methods something in the bundle calls (about 2.6 KB gzipped). D3's own code for them is untouched;
// removed lines become empty lines, so the source map holds. npm users get the whole modules through
// their own bundler. If D3 changes shape, or a method to keep goes missing, the build fails here rather
// than ship a bundle that throws mid-gesture. Tested by tests/browser/bundle.test.ts (gestures, touch
// included) and tests/node/bundle-build.test.ts.

/**
 * For each module, each prototype assigned there (by the constructor's name): the methods to keep, or
 * `null` to drop the assignment, whose constructor nothing in the bundle uses.
 */
export const PROTOTYPES = {
  'd3-selection': {
    Selection: [
      'constructor',
      'call', // src/controllers/zoom.ts; d3-zoom's double-click and transform()
      'on', // src/controllers/zoom.ts; d3-zoom and d3-drag: every gesture listener
      'property', // d3-zoom: the element's __zoom transform; datum() reads through it
      'datum', // d3-zoom: each zoom event's subject
      'filter', // d3-zoom: touch listeners only on touchable elements
      'style', // d3-zoom: -webkit-tap-highlight-color
      'each', // d3-zoom's transform(); on(), property() and style() run through it
      'node', // on(), property(), style() and datum() read through it
      'selection', // d3-zoom's transform() asks a transition for its selection
    ],
    EnterNode: null, // selection.enter() and data() only
    Local: null, // local() only
  },
  'd3-zoom': {
    // d3-zoom: scale, translate and invert in gestures; invertX/Y in its default constrain; toString for
    // any string use. src/controllers/zoom.ts: translate, scale, invertX. Not apply/applyX/applyY/rescaleX/Y.
    Transform: ['constructor', 'scale', 'translate', 'invert', 'invertX', 'invertY', 'toString'],
  },
  'd3-dispatch': {
    Dispatch: ['constructor', 'on', 'call'], // d3-zoom: zoom.on() and each event; copy() is d3-drag's drag() only
  },
};

/** `Name.prototype = [other.prototype = ]{ … };` as an ESTree node, or null. */
function prototypeAssignment(statement) {
  if (statement.type !== 'ExpressionStatement') return null;
  let expression = statement.expression;
  const target = expression.type === 'AssignmentExpression' ? expression.left : null;
  if (target?.type !== 'MemberExpression' || target.property.name !== 'prototype' || target.object.type !== 'Identifier') return null;
  while (expression.type === 'AssignmentExpression') expression = expression.right;
  return expression.type === 'ObjectExpression' ? { name: target.object.name, object: expression } : null;
}

const keyOf = (property) => (property.computed ? `[${property.key.object?.name}.${property.key.property?.name}]` : property.key.name);
const blank = (text) => text.replace(/[^\n]/g, '');

/** Rewrites the prototypes `spec` names in `code` (one module's source; `ast` its ESTree). */
export function trimPrototypes(code, ast, spec, module) {
  const fail = (why) => {
    throw new Error(`d3-prototypes: ${module}: ${why}; check build/d3-prototypes.js against this version of ${module}`);
  };
  const edits = [];
  const found = new Set();
  for (const statement of ast.body) {
    const assignment = prototypeAssignment(statement);
    if (!assignment || !(assignment.name in spec)) continue;
    found.add(assignment.name);
    const keep = spec[assignment.name];
    if (keep === null) {
      edits.push({ start: statement.start, end: statement.end, text: blank(code.slice(statement.start, statement.end)) });
      continue;
    }
    const { properties } = assignment.object;
    const names = properties.map(keyOf);
    const missing = keep.filter((name) => !names.includes(name));
    if (missing.length) fail(`${assignment.name}.prototype no longer has ${missing.join(', ')}`);
    // Each dropped entry, with the comma after it, becomes blank in place: every line keeps its number.
    properties.forEach((property, i) => {
      if (keep.includes(names[i])) return;
      const end = i < properties.length - 1 ? code.indexOf(',', property.end) + 1 : property.end;
      edits.push({ start: property.start, end, text: blank(code.slice(property.start, end)) });
    });
  }
  const absent = Object.keys(spec).filter((name) => !found.has(name));
  if (absent.length) fail(`no ${absent.map((n) => `${n}.prototype = { … }`).join(' or ')} found`);
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** A Rollup plugin: trims the prototypes PROTOTYPES names. */
export const d3Prototypes = {
  name: 'd3-prototypes',
  transform(code, id) {
    const module = Object.keys(PROTOTYPES).find((name) => new RegExp(`[\\\\/]${name}[\\\\/]dist[\\\\/]${name}\\.mjs$`).test(id));
    if (!module) return null;
    return { code: trimPrototypes(code, this.parse(code), PROTOTYPES[module], module), map: null };
  },
};
