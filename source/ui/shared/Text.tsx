// Ink's Text, with every string it draws made printable (util/printable.ts): names, values, paths,
// scheduler states and messages reach the terminal only through here, so no escape sequence, bidi or
// zero-width character in them is passed on raw. Every screen imports Text from this file, never from
// ink (a test holds that). Newlines stay line breaks; making text printable twice changes nothing.
import {Text as InkText, type TextProps} from 'ink';
import {createElement, type ReactNode} from 'react';
import {printableLines} from '../../util/printable.js';

function printableNode(node: ReactNode): ReactNode {
	if (typeof node === 'string') {
		return printableLines(node);
	}

	return Array.isArray(node) ? node.map((child: ReactNode) => printableNode(child)) : node;
}

export function Text({children, ...props}: TextProps) {
	// Children passed as arguments, as JSX passes them, so React asks no keys of them.
	return Array.isArray(children)
		? createElement(InkText, props, ...children.map((child: ReactNode) => printableNode(child)))
		: createElement(InkText, props, printableNode(children));
}
