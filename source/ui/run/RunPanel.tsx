// The run panel: pick an environment, an executable, the secrets and the arguments, then watch the
// program's redacted output. Opened with `r` from the list; it owns the keyboard (Ctrl+C included)
// until it calls onClose.
import React, {useState} from 'react';
import {readDefinitionSet} from '../../environments/definitions-file.js';
import {definitionWarnings} from '../../environments/warnings.js';
import {NoDefinitions} from './NoDefinitions.js';
import {RunWizard} from './RunWizard.js';
import type {RunPanelProps} from './types.js';
import type {LaunchRequest} from '../shared/launch-request.js';
import {findScheduler} from '../../submit/schedulers.js';
import {SubmitPanel} from '../jobs/SubmitPanel.js';

export type {RunPanelProps} from './types.js';

export function RunPanel(props: RunPanelProps) {
	// Read once per opening: press r again to pick up an edited file.
	// environments.yaml beside this store and the fitting matflow/hpcflow configurations' sources
	// (SECRETS_TUI_ENVS and --envs still win).
	const [definitions] = useState(() => readDefinitionSet({...(props.envsFiles ? {flags: props.envsFiles} : {}), storeDir: props.store.dir}));
	// What the definitions hold that should not be there (a stored value written in, a password assigned).
	const [warnings] = useState(() => (definitions.state === 'loaded' ? definitionWarnings(definitions.defs, props.store.values()) : []));
	// A batch scheduler on the PATH (sbatch): the last step then offers to submit instead of running here.
	const [scheduler] = useState(() => findScheduler());
	const [submitting, setSubmitting] = useState<LaunchRequest>();
	if (definitions.state !== 'loaded') {
		return <NoDefinitions definitions={definitions} width={props.width} height={props.height} onClose={props.onClose} onKeys={props.onKeys} />;
	}

	return (
		<>
			<RunWizard {...props} defs={definitions.defs} warnings={warnings} submitTo={scheduler?.name} onSubmit={setSubmitting} hidden={submitting !== undefined} />
			{submitting && scheduler ? (
				<SubmitPanel
					request={submitting}
					defs={definitions.defs}
					store={props.store}
					scheduler={scheduler}
					width={props.width}
					height={props.height}
					onBack={() => setSubmitting(undefined)}
					onKeys={props.onKeys}
				/>
			) : null}
		</>
	);
}

export default RunPanel;
