// Ink's Text, with every string it draws made printable (util/printable.ts): names, values, paths,
// scheduler states and messages reach the terminal only through here, so no escape sequence, bidi or
// zero-width character in them is passed on raw. Every screen imports Text from this file, never from
// ink (a lint rule holds that). Newlines stay line breaks; making text printable twice changes nothing.
// Its look comes from a `role` (shared/colour.ts), never from a colour or style named here or on a
// screen: the props that pick one (color, dimColor, bold, inverse...) are not taken.
import {Text as InkText, type TextProps} from 'ink';
import {createElement, useContext, type ReactNode} from 'react';
import {printableLines} from '../../util/printable.js';
import {ColourContext, roleStyle, type Role} from './colour.js';

export type Props = Omit<TextProps, 'color' | 'backgroundColor' | 'dimColor' | 'bold' | 'italic' | 'underline' | 'strikethrough' | 'inverse'> & {role?: Role};

function printableNode(node: ReactNode): ReactNode {
	if (typeof node === 'string') {
		return printableLines(node);
	}

	return Array.isArray(node) ? node.map((child: ReactNode) => printableNode(child)) : node;
}

export function Text({children, role, ...props}: Props) {
	const colour = useContext(ColourContext);
	const styled = {...props, ...roleStyle(role, colour)};
	// Children passed as arguments, as JSX passes them, so React asks no keys of them.
	return Array.isArray(children)
		? createElement(InkText, styled, ...children.map((child: ReactNode) => printableNode(child)))
		: createElement(InkText, styled, printableNode(children));
}
