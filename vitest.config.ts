import {configDefaults, defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		// The Slurm suite needs a cluster: `npm run test:slurm` (vitest.slurm.config.ts) runs it.
		exclude: [...configDefaults.exclude, 'test/e2e/slurm/**'],
		globalSetup: ['test/helpers/global-setup.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// Two cores: pseudo-terminal tests are timing-sensitive, so files run two at a time at most.
		maxWorkers: 2,
	},
});
