// A run as the run panel's choices describe it: what the launcher needs, and what the submit panel
// (ui/jobs) turns into a batch job. The run panel builds it (ui/run/request.ts).
import type {Environment, SecretMapping} from '../../environments/definition.js';

export type LaunchRequest = {
	environment: Environment;
	executable: string;
	/** The instance's index among the executable's (the one the cores field picked, when a count was typed). */
	instance: number;
	/** The cores field's count: the run picks its instance by it, as `run --cores` does. */
	cores?: number;
	mappings: SecretMapping[];
	args: string[];
	params: Record<string, string>;
	/** The shell field, as `run --shell` takes it; undefined when empty (run's default). */
	shell?: string;
};
