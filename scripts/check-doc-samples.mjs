// Type-checks every code sample in README.md and docs/*.md against the built package's types (run after
// `npm run build`): ```ts and ```tsx blocks strictly, ```js blocks and the inline module scripts of
// ```html blocks as the script of a page: as TypeScript without strict checks (a page does not test for
// null), so a status written in a sample keeps its literal type as in a typed app. Each sample is a module
// of its own; `news-timeline` resolves to this package through its `exports`, a JSON file a sample imports
// is the gallery's, and a module this repository does not install (a framework's) is declared untyped,
// so what is checked is the sample's use of news-timeline. Prints each problem at its line in the
// Markdown file and exits 1 when there are any.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test-output', 'doc-samples');
const docs = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const DATA = { 'japan-nato-2022-2023.json': 'examples/data/japan-nato-2022-2023.json' };

if (!existsSync(join(root, 'dist/index.d.ts'))) {
  console.error('check-doc-samples: dist/ is missing; run `npm run build` first');
  process.exit(1);
}

/** Fenced blocks with the line their code starts on (1-based). */
function blocks(file) {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const end = lines.findIndex((line, j) => j > i && line.startsWith('```'));
    found.push({ lang: open[1], line: i + 2, code: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return found;
}

/** The inline module scripts of an HTML sample, each with the line it starts on. */
function moduleScripts(block) {
  const scripts = [];
  const pattern = /<script type="module">\n?([\s\S]*?)<\/script>/g;
  for (let m = pattern.exec(block.code); m; m = pattern.exec(block.code)) {
    const before = block.code.slice(0, m.index + m[0].indexOf('>') + 1);
    scripts.push({ line: block.line + before.split('\n').length - 1 + (m[0].includes('>\n') ? 1 : 0), code: m[1] });
  }
  return scripts;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [name, source] of Object.entries(DATA)) copyFileSync(join(root, source), join(out, name));

const samples = { ts: [], js: [] };
const origins = new Map();
const specifiers = new Set();
for (const doc of docs) {
  for (const block of blocks(doc)) {
    const pieces = block.lang === 'html' ? moduleScripts(block).map((s) => ({ ...s, ext: 'js' }))
      : ['ts', 'tsx', 'js'].includes(block.lang) ? [{ line: block.line, code: block.code, ext: block.lang }] : [];
    for (const piece of pieces) {
      const name = `${doc.replace(/[/.]/g, '_')}_L${piece.line}.${piece.ext === 'js' ? 'js.ts' : piece.ext}`;
      // `export {}` keeps each sample a module of its own, whatever it declares.
      writeFileSync(join(out, name), `${piece.code}\nexport {};\n`);
      origins.set(name, { doc, line: piece.line });
      (piece.ext === 'js' ? samples.js : samples.ts).push(name);
      for (const m of piece.code.matchAll(/(?:from|import)\s*\(?\s*'([^'.][^']*)'/g)) specifiers.add(m[1]);
    }
  }
}

// Modules the samples name that are not installed here: untyped, so the sample still checks its use of ours.
const installed = (spec) => {
  if (spec === 'news-timeline' || spec.startsWith('news-timeline/') || spec.startsWith('node:')) return true;
  const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
  return existsSync(join(root, 'node_modules', name, 'package.json'));
};
const untyped = [...specifiers].filter((s) => !installed(s)).sort();
// A page that loads the bundle with a script tag has the element's global types too.
writeFileSync(join(out, 'page.d.ts'), `import 'news-timeline';\n`);
writeFileSync(join(out, 'untyped.d.ts'), `${untyped.map((s) => `declare module '${s}';`).join('\n')}\n`);

const base = {
  noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom', 'dom.iterable'],
  jsx: 'react-jsx', resolveJsonModule: true, skipLibCheck: true, types: ['node'], experimentalDecorators: true,
};
const configs = [
  { name: 'tsconfig.ts.json', files: samples.ts, options: { ...base, strict: true } },
  { name: 'tsconfig.js.json', files: samples.js, options: { ...base, strict: false } },
];
const problems = [];
for (const config of configs) {
  if (config.files.length === 0) continue;
  writeFileSync(join(out, config.name), JSON.stringify({ compilerOptions: config.options, files: ['page.d.ts', 'untyped.d.ts', ...config.files] }, null, 2));
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(out, config.name)], { cwd: out, encoding: 'utf8' });
  } catch (error) {
    for (const line of String(error.stdout).split('\n')) {
      const m = /^(.+?)\((\d+),(\d+)\): (error .*)$/.exec(line.trim());
      if (!m) {
        if (line.trim()) problems.push(line.trim());
        continue;
      }
      const origin = origins.get(relative(out, resolve(out, m[1])));
      problems.push(origin ? `${origin.doc}:${origin.line + Number(m[2]) - 1}:${m[3]} ${m[4]}` : `${m[1]}:${m[2]}:${m[3]} ${m[4]}`);
    }
  }
}

const count = samples.ts.length + samples.js.length;
if (problems.length) {
  console.error(`check-doc-samples: ${problems.length} problem(s) in ${count} samples\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`check-doc-samples: ${count} samples type-check (${untyped.length ? `untyped: ${untyped.join(', ')}` : 'every module installed'})`);
