import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'web/dist/', 'server/graphql/generated/', 'coverage/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='round'] > :matches(Identifier[name=/(amount|fen|minor|balance|budget|total)/i], MemberExpression[property.name=/(amount|fen|minor|balance|budget|total)/i])",
          message: 'Money is integer fen: never round an amount; compute it in bigint.',
        },
        {
          selector: "CallExpression[callee.name='parseFloat']",
          message: 'No floats for input parsing; money is integer fen.',
        },
      ],
    },
  },
);
