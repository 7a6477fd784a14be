import { useLayoutEffect, useRef } from 'react';
import { commandForKey } from './commands.ts';
import type { Command } from './types.ts';

/** Elements whose own keys win: typing in a field, or activating a focused button with space/Enter. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"]')) return true;
  return (key === ' ' || key === 'Enter') && target.closest('button, a, summary') !== null;
}

/**
 * The trainer's keys on the whole window, for the projector and the presenter alike. The listener is
 * added in the same commit as the screen appears (a layout effect), so a key pressed as soon as the
 * slide shows is not lost.
 */
export function useTrainerKeys(onCommand: (command: Command) => void) {
  const handler = useRef(onCommand);
  handler.current = onCommand;
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || ownsKey(event.target, event.key)) return;
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      handler.current(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** F: full screen on and off. The browser itself leaves full screen on Esc. */
export function toggleFullScreen() {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}
