import {describe, expect, it} from 'vitest';
import {formatDuration, idleRun, isActive, runReducer, statusText, type RunAction, type RunState} from '../../../source/ui/run/lifecycle.js';

const play = (...actions: RunAction[]): RunState => actions.reduce(runReducer, idleRun);

describe('run lifecycle', () => {
	it('goes idle → starting → running → exited, with the times', () => {
		const running = play({type: 'start', at: 1000}, {type: 'started', display: 'bash -c x', pid: 42, at: 1010});
		expect(running).toMatchObject({phase: 'running', pid: 42, startedAt: 1010, stopping: false});
		expect(isActive(running)).toBe(true);
		expect(statusText(running, 4100)).toBe('running 3s');
		const exited = runReducer(running, {type: 'ended', result: {exitCode: 0, durationMs: 1234}});
		expect(exited).toMatchObject({phase: 'exited', exitCode: 0, durationMs: 1234});
		expect(isActive(exited)).toBe(false);
		expect(statusText(exited, 0)).toBe('exited with code 0 after 1.2s');
	});

	it('ends as killed, with the signal, when a signal ended the child', () => {
		const killed = play({type: 'start', at: 0}, {type: 'started', display: 'x', pid: 1, at: 0}, {type: 'stop'}, {type: 'ended', result: {exitCode: 130, signal: 'SIGINT', durationMs: 500}});
		expect(killed).toMatchObject({phase: 'killed', signal: 'SIGINT', exitCode: 130});
		expect(statusText(killed, 0)).toBe('stopped by SIGINT (exit 130) after 0.5s');
	});

	it('says stopping after Ctrl+C until the child ends', () => {
		const stopping = play({type: 'start', at: 0}, {type: 'started', display: 'x', pid: 1, at: 0}, {type: 'stop'});
		expect(statusText(stopping, 2000)).toBe('stopping… (running 2s)');
	});

	it('ignores a second start while one runs, and stray events in other phases', () => {
		const running = play({type: 'start', at: 0}, {type: 'started', display: 'x', pid: 1, at: 5});
		expect(runReducer(running, {type: 'start', at: 99})).toBe(running);
		expect(play({type: 'stop'})).toBe(idleRun);
		expect(play({type: 'ended', result: {exitCode: 0, durationMs: 1}})).toBe(idleRun);
		expect(runReducer(running, {type: 'reset'})).toBe(running);
	});

	it('fails with the sentence when the launch is refused', () => {
		const failed = play({type: 'start', at: 0}, {type: 'failed', message: 'There is no secret named X.'});
		expect(failed).toEqual({phase: 'failed', message: 'There is no secret named X.'});
		expect(statusText(failed, 0)).toBe('not started');
		expect(runReducer(failed, {type: 'start', at: 1}).phase).toBe('starting');
	});

	it('formats durations', () => {
		expect(formatDuration(400, true)).toBe('0.4s');
		expect(formatDuration(12_900, false)).toBe('12s');
		expect(formatDuration(185_000, false)).toBe('3m 05s');
		expect(formatDuration(3_720_000, true)).toBe('1h 02m');
	});
});
