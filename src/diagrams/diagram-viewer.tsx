import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useHydrated } from '../components/use-hydrated.ts';
import type { Diagram } from './types.ts';

const STEP = 1.4;
const MIN_SCALE = 0.1;
const MAX_SCALE = 3;

interface Props {
  diagram: Diagram;
  /** The SVG (a <DiagramSvg>): it is sized here, so it must fill its box. */
  children: ReactNode;
  /** Accessible name of the scrollable map, e.g. "Karta över guiden". */
  label: string;
  /** Node to bring into view when the map opens (the walk's current node). */
  focusNode?: string;
  /** The zoom to open at: a factor of the natural size, or 'fit' for the whole map. */
  startScale?: number | 'fit';
  className?: string;
}

/**
 * Zoom and pan for large diagrams. The map is a focusable scroll box: the arrow keys and the scroll
 * wheel pan it natively, dragging with the pointer pans it, + and − (or Ctrl + wheel, or the
 * buttons) zoom around the centre, 0 shows the whole map and 1 the natural size. Nothing depends on
 * hover. Until the page's scripts have run (or without JavaScript) the zoom buttons are disabled:
 * the prerendered map scrolls, but cannot zoom yet.
 */
export function DiagramViewer({ diagram, children, label, focusNode, startScale = 1, className = '' }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  const interactive = useHydrated();
  const previous = useRef(1);
  const drag = useRef<{ x: number; y: number; left: number; top: number; id: number } | null>(null);

  const fitScale = () => {
    const el = box.current;
    if (!el) return 1;
    return Math.max(MIN_SCALE, Math.min(1, (el.clientWidth - 8) / diagram.width, (el.clientHeight - 8) / diagram.height));
  };
  const zoomTo = (next: number) => setScale(Math.min(MAX_SCALE, Math.max(MIN_SCALE, next)));

  // The canvas gets its size through the DOM, not a style attribute: the site's policy
  // (style-src 'self') blocks style attributes in prerendered HTML, and hydration would not put it back.
  const canvas = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = canvas.current;
    if (!el) return;
    el.style.width = `${diagram.width * scale}px`;
    el.style.height = `${diagram.height * scale}px`;
  }, [diagram.width, diagram.height, scale]);

  // Keep the centre of the view where it was when the scale changes.
  useLayoutEffect(() => {
    const el = box.current;
    const ratio = scale / previous.current;
    previous.current = scale;
    if (!el || ratio === 1) return;
    el.scrollLeft = (el.scrollLeft + el.clientWidth / 2) * ratio - el.clientWidth / 2;
    el.scrollTop = (el.scrollTop + el.clientHeight / 2) * ratio - el.clientHeight / 2;
  }, [scale]);

  // On opening, and when the walk moves on: the starting zoom, with the current node in view.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const s = startScale === 'fit' ? fitScale() : startScale;
    previous.current = s;
    setScale(s);
    const node = diagram.nodes.find((n) => n.id === (focusNode ?? diagram.initial));
    if (node) {
      // The canvas takes its new size on the next render; scroll once it has.
      requestAnimationFrame(() => {
        el.scrollLeft = (node.x + node.width / 2) * s - el.clientWidth / 2;
        el.scrollTop = (node.y + node.height / 2) * s - el.clientHeight / 3;
      });
    }
  }, [diagram, focusNode, startScale]); // eslint-disable-line react-hooks/exhaustive-deps

  // Ctrl + wheel (and pinch, which browsers report as Ctrl + wheel) zooms; React's wheel handler is
  // passive and cannot stop the page from zooming, hence a native listener.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      setScale((s) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, event.deltaY < 0 ? s * 1.1 : s / 1.1)));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const actions: Record<string, () => void> = {
      '+': () => zoomTo(scale * STEP),
      '=': () => zoomTo(scale * STEP),
      '-': () => zoomTo(scale / STEP),
      '0': () => zoomTo(fitScale()),
      '1': () => zoomTo(1),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      event.stopPropagation();
      action();
    }
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    const el = box.current;
    if (!el || event.button !== 0 || (event.target as Element).closest('a, button')) return;
    drag.current = { x: event.clientX, y: event.clientY, left: el.scrollLeft, top: el.scrollTop, id: event.pointerId };
    el.setPointerCapture(event.pointerId);
  }
  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const el = box.current;
    const d = drag.current;
    if (!el || !d || d.id !== event.pointerId) return;
    el.scrollLeft = d.left - (event.clientX - d.x);
    el.scrollTop = d.top - (event.clientY - d.y);
  }
  function endDrag(event: PointerEvent<HTMLDivElement>) {
    if (drag.current?.id === event.pointerId) drag.current = null;
  }

  const percent = Math.round(scale * 100);
  return (
    <div className={`dg-viewer ${className}`}>
      <div className="dg-viewer__tools no-print" role="group" aria-label="Zooma kartan">
        <button type="button" disabled={!interactive} className="dg-viewer__button" onClick={() => zoomTo(scale / STEP)} aria-label="Zooma ut">
          −
        </button>
        <button type="button" disabled={!interactive} className="dg-viewer__button" onClick={() => zoomTo(scale * STEP)} aria-label="Zooma in">
          +
        </button>
        <button type="button" disabled={!interactive} className="dg-viewer__button dg-viewer__button--text" onClick={() => zoomTo(fitScale())}>
          Visa hela
        </button>
        <button type="button" disabled={!interactive} className="dg-viewer__button dg-viewer__button--text" onClick={() => zoomTo(1)}>
          Normal storlek
        </button>
        <span className="dg-viewer__scale" aria-live="polite">
          {percent} %
        </span>
      </div>
      <div
        ref={box}
        className="dg-viewer__box"
        tabIndex={0}
        role="region"
        aria-label={`${label}. Flytta med piltangenterna, zooma med plus och minus, 0 visar hela kartan.`}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        <div ref={canvas} className="dg-viewer__canvas">
          {children}
        </div>
      </div>
    </div>
  );
}
