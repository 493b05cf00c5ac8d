// Who made a file: this host, this PID namespace and this PID, as they can stand in a file name.
// A PID means something only on its host and in its PID namespace (a container, `unshare`, a folder
// shared between hosts over NFS), so whoever sweeps files left by dead processes compares all three.
import fs from 'node:fs';
import os from 'node:os';

/** The host, as it can stand in a file name (letters, digits, dots). */
export function hostTag(): string {
	return os.hostname().replaceAll(/[^A-Za-z0-9.]/g, '_') || 'unknown';
}

/** The inode of this process's PID namespace (Linux), else 0. */
export function pidNamespace(): number {
	try {
		const match = /\[(\d+)\]/.exec(fs.readlinkSync('/proc/self/ns/pid'));
		return match ? Number(match[1]) : 0;
	} catch {
		return 0;
	}
}

/** `<host>-<pid namespace>-<pid>`: parsed back by parseProcessTag. */
export function processTag(pid = process.pid): string {
	return `${hostTag()}-${pidNamespace()}-${pid}`;
}

export type ProcessTag = {host: string; namespace: number; pid: number};

/** The tag at the start of `text` (`<host>-<namespace>-<pid>-<rest>`), or undefined. */
export function parseProcessTag(text: string): (ProcessTag & {rest: string}) | undefined {
	const match = /^(.+)-(\d+)-(\d+)-([^-]*)$/.exec(text);
	return match ? {host: match[1]!, namespace: Number(match[2]), pid: Number(match[3]), rest: match[4]!} : undefined;
}

/** Whether `tag` names a process of this host and PID namespace, where its PID can be asked about. */
export function isLocalProcess(tag: ProcessTag): boolean {
	return tag.host === hostTag() && tag.namespace === pidNamespace();
}

/** Whether a process of this host and namespace is alive (one of another user counts as alive). */
export function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
