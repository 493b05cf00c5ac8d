import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
	{ignores: ['dist/**', 'node_modules/**', 'coverage/**']},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		files: ['**/*.{ts,tsx}'],
		plugins: {'react-hooks': reactHooks},
		rules: {
			...reactHooks.configs.recommended.rules,
			'no-control-regex': 'off',
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
		},
	},
	{
		// Every string a screen draws goes through util/printable.ts: screens take Text from ui/shared/Text.tsx.
		files: ['source/ui/**/*.tsx'],
		ignores: ['source/ui/shared/Text.tsx'],
		rules: {
			'no-restricted-imports': ['error', {paths: [{name: 'ink', importNames: ['Text'], message: 'Import Text from source/ui/shared/Text.tsx: it makes what it draws printable.'}]}],
		},
	},
	{
		files: ['**/*.{js,mjs}'],
		languageOptions: {globals: {process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', URL: 'readonly'}},
	},
);
