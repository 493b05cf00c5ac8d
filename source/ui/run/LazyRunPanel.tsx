// The run panel, loaded when `r` first opens it: it brings the launcher and the YAML parser (about
// 150 KB of code, a few milliseconds to load) that the list's first frame and memory need not carry.
import {Text} from '../shared/Text.js';
import {lazy, Suspense} from 'react';
import type {RunPanelProps} from './types.js';

const Panel = lazy(async () => ({default: (await import('./RunPanel.js')).RunPanel}));

export function LazyRunPanel(props: RunPanelProps) {
	return (
		<Suspense fallback={<Text role="hint">Loading the run panel…</Text>}>
			<Panel {...props} />
		</Suspense>
	);
}
