// The run panel's contract with the app: what it is given and how it hands control back.
import type {SecretStore} from '../../store/store.js';

export type RunPanelProps = {
	store: SecretStore;
	envsFile?: string;
	width: number;
	height: number;
	onClose: () => void;
};
