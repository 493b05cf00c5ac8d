// The run panel's props: the list opens it with `r` and renders <RunPanel {...props}/>.
import type {SecretStore} from '../../store/store.js';

export type RunPanelProps = {
	store: SecretStore;
	/** The definitions file given with --envs; otherwise SECRETS_TUI_ENVS or environments.yaml beside the store. */
	envsFile?: string;
	width: number;
	height: number;
	onClose: () => void;
};
