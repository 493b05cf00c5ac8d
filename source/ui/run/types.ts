// The run panel's props: the list opens it with `r` and renders <RunPanel {...props}/>.
import type {SecretStore} from '../../store/store.js';
import type {KeyTable} from '../keys/binding.js';

export type RunPanelProps = {
	store: SecretStore;
	/** The definitions files given with --envs; otherwise SECRETS_TUI_ENVS, or environments.yaml beside the store and the matflow/hpcflow configurations' sources. */
	envsFiles?: string[];
	width: number;
	height: number;
	onClose: () => void;
	/** The key table of what the panel shows now: the app draws it as the footer, on the same row as every screen's. */
	onKeys?: (keys: KeyTable<string>) => void;
};
