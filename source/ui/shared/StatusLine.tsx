// One line saying what the last action did, or asking a (y/N) question.
import {Text} from './Text.js';

export type Status = {text: string; tone: 'info' | 'error' | 'question'};

export function StatusLine({status}: {status?: Status}) {
	if (!status) {
		return <Text> </Text>;
	}

	const color = status.tone === 'error' ? 'red' : status.tone === 'question' ? 'yellow' : 'green';
	return (
		<Text color={color} wrap="truncate-end">
			{status.text}
		</Text>
	);
}
