// The run panel: pick an environment, an executable, the secrets and the arguments, then watch the
// program's redacted output. Opened with `r` from the list; it owns the keyboard (Ctrl+C included)
// until it calls onClose.
import React, {useState} from 'react';
import {readDefinitions} from './definitions.js';
import {NoDefinitions} from './NoDefinitions.js';
import {RunWizard} from './RunWizard.js';
import type {RunPanelProps} from './types.js';

export type {RunPanelProps} from './types.js';

export function RunPanel(props: RunPanelProps) {
	// Read once per opening: press r again to pick up an edited file.
	const [definitions] = useState(() => readDefinitions(props.store, props.envsFile));
	if (definitions.state !== 'loaded') {
		return <NoDefinitions definitions={definitions} width={props.width} onClose={props.onClose} onKeys={props.onKeys} />;
	}

	return <RunWizard {...props} defs={definitions.defs} warnings={definitions.warnings} />;
}

export default RunPanel;
