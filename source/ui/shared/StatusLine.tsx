// The one status line: what the last action did, a (y/N) question, or a run's state; its tone gives the
// colour, and an optional detail follows dimmed (the run panel's line count and scroll).
import {Text} from 'ink';

export type Status = {
	text: string;
	tone: 'info' | 'error' | 'question' | 'progress' | 'plain';
	/** Shown dimmed after the text, as ` · detail`; the text is then bold. */
	detail?: string;
};

const COLORS: Record<Status['tone'], string | undefined> = {info: 'green', error: 'red', question: 'yellow', progress: 'cyan', plain: undefined};

export function StatusLine({status}: {status?: Status}) {
	if (!status) {
		return <Text> </Text>;
	}

	return (
		<Text wrap="truncate-end">
			<Text color={COLORS[status.tone]} bold={status.detail !== undefined}>
				{status.text}
			</Text>
			{status.detail === undefined ? null : <Text dimColor>{` · ${status.detail}`}</Text>}
		</Text>
	);
}
