// The jobs screen, loaded when J first opens it (the scheduler code need not weigh on the list's start).
import {Text} from '../shared/Text.js';
import {lazy, Suspense} from 'react';
import type {JobsScreenProps} from './JobsScreen.js';

const Screen = lazy(async () => ({default: (await import('./JobsScreen.js')).JobsScreen}));

export function LazyJobsScreen(props: JobsScreenProps) {
	return (
		<Suspense fallback={<Text role="hint">Loading the jobs…</Text>}>
			<Screen {...props} />
		</Suspense>
	);
}
