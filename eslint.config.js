import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

// Raw HTML sinks are allowed in one module only: the sanitiser, which alone may turn dataset
// strings into markup. Everything else binds text through Lit, which escapes it.
const SANITISER = 'src/render/rich-text.ts';
const htmlSinks = [
  { selector: "ImportSpecifier[imported.name='unsafeHTML']", message: `unsafeHTML is allowed only in ${SANITISER}.` },
  { selector: "ImportSpecifier[imported.name='unsafeSVG']", message: `unsafeSVG is allowed only in ${SANITISER}.` },
  { selector: "MemberExpression[property.name='innerHTML']", message: `innerHTML is allowed only in ${SANITISER}.` },
  { selector: "MemberExpression[property.name='outerHTML']", message: `outerHTML is allowed only in ${SANITISER}.` },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: `insertAdjacentHTML is allowed only in ${SANITISER}.` },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-gallery/**', 'node_modules/**', 'test-output/**', 'custom-elements.json'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // A leading underscore marks a binding left unused on purpose (e.g. dropped by destructuring).
    rules: { '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }] },
  },
  {
    files: [SANITISER],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
