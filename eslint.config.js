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
		// Every colour and style comes from a role of ui/shared/colour.ts: no screen names one (and only
		// colour.ts talks to chalk, which ink draws with).
		files: ['source/ui/**/*.{ts,tsx}'],
		ignores: ['source/ui/shared/Text.tsx', 'source/ui/shared/colour.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{name: 'ink', importNames: ['Text'], message: 'Import Text from source/ui/shared/Text.tsx: it makes what it draws printable.'},
						{name: 'chalk', message: 'Colours and styles come from the roles of source/ui/shared/colour.ts.'},
					],
				},
			],
			'no-restricted-syntax': [
				'error',
				{
					selector: 'JSXAttribute[name.name=/^(color|backgroundColor|borderColor|dimColor|bold|italic|underline|strikethrough|inverse)$/]',
					message: 'Give the Text a role (source/ui/shared/colour.ts) instead of naming a colour or style: the roles read on dark and light backgrounds and honour NO_COLOR and --no-color.',
				},
			],
		},
	},
	{
		files: ['**/*.{js,mjs}'],
		languageOptions: {globals: {process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', URL: 'readonly'}},
	},
);
