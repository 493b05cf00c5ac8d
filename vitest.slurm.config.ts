// The Slurm suite: secrets-tui submit against a real cluster (`npm run test:slurm` starts one first with
// scripts/slurm-cluster.sh, which needs root; an existing cluster works too).
import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/e2e/slurm/**/*.test.{ts,tsx}'],
		globalSetup: ['test/helpers/global-setup.ts'],
		testTimeout: 90_000,
		hookTimeout: 60_000,
		// One file at a time: the jobs share the cluster's two CPUs.
		maxWorkers: 1,
	},
});
