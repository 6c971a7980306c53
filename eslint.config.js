// One linter for the whole repository. The rules that matter most here are the privacy ones: no eval, no
// innerHTML-style sinks, so page text is never turned into HTML.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noHtmlSinks = [
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Page text is never turned into HTML: no innerHTML.' },
  { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'No outerHTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML.' },
  { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'No document.write.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'out/', 'test-results/', 'playwright-report/', 'scratch-*', 'test/corpus/_src/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...noHtmlSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The extension's own code may not use fetch except for its own packaged files (checked in review and tests).
    files: ['test/**', 'bench/**', 'scripts/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
