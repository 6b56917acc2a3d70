// One canvas for all arcs, as a Leaflet layer in the 'flows' pane. Like Leaflet's own
// renderers it is 10% larger than the map, is redrawn on moveend, and during a zoom animation
// is only scaled with a CSS transform. A second canvas above it holds the highlighted arcs:
// the selected one (it stays, as in the normal path) and the one under the pointer.
import L from 'leaflet';
import type { ArcTable } from './arcTable.ts';
import type { ArcTheme } from './arcStyle.ts';
import type { ArcView } from './arcView.ts';
import { cullArcs, NOT_DRAWN } from './cullArcs.ts';
import { drawArcs, drawHighlight } from './drawArcs.ts';
import { pickArc } from './pickArc.ts';

const PADDING = 0.1;

export interface ArcCanvasOptions extends L.LayerOptions {
  theme?: ArcTheme;
  onSelect?: (index: number) => void;
  /** Called after each paint, with how many arcs were drawn. */
  onDraw?: (drawn: number) => void;
}

export class ArcCanvasLayer extends L.Layer {
  private table: ArcTable | null = null;
  private mask: Uint8Array | null = null;
  private copies = new Int16Array(0);
  private canvas: HTMLCanvasElement | null = null;
  private hoverCanvas: HTMLCanvasElement | null = null;
  private view: ArcView | null = null;
  private drawnCenter = L.latLng(0, 0);
  private drawnZoom = 0;
  private hovered = -1;
  private selected = -1;
  private settings: ArcCanvasOptions;

  constructor(options: ArcCanvasOptions = {}) {
    super();
    // L.Layer has no initialize(): options must be set the Leaflet way for getPane().
    L.Util.setOptions(this, { pane: options.pane ?? 'flows' });
    this.settings = options;
  }

  /**
   * The arcs and a visibility mask indexed like them (null shows all). A new mask with the
   * same table only repaints: geometry is never rebuilt for a filter.
   */
  setData(table: ArcTable | null, mask: Uint8Array | null): void {
    if (table !== this.table) {
      this.table = table;
      this.copies = new Int16Array(table?.count ?? 0);
    }
    this.mask = mask;
    this.redraw();
  }

  /** The feature id of arc i. */
  idOf(index: number): string {
    return this.table?.ids[index] ?? '';
  }

  /** Highlights arc `index` until another is selected (-1: none), while it is drawn. */
  setSelected(index: number): void {
    if (index === this.selected) return;
    this.selected = index;
    this.paintHighlights();
  }

  setSettings(settings: Partial<ArcCanvasOptions>): void {
    // Undefined means 'light': setting 'light' after the first paint must not paint it again.
    const themeChanged =
      settings.theme !== undefined && settings.theme !== (this.settings.theme ?? 'light');
    this.settings = { ...this.settings, ...settings };
    if (themeChanged) this.redraw();
  }

  override onAdd(): this {
    this.canvas = L.DomUtil.create('canvas', 'leaflet-zoom-animated tp-fast-arcs');
    this.hoverCanvas = L.DomUtil.create('canvas', 'leaflet-zoom-animated tp-fast-arcs-hover');
    for (const canvas of [this.canvas, this.hoverCanvas]) {
      canvas.style.position = 'absolute';
      canvas.style.pointerEvents = 'none';
      this.getPane()?.appendChild(canvas);
    }
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    this.canvas?.remove();
    this.hoverCanvas?.remove();
    this.canvas = this.hoverCanvas = null;
    map.getContainer().style.cursor = '';
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return {
      moveend: this.redraw,
      resize: this.redraw,
      zoom: this.onZoom,
      zoomanim: this.onZoomAnimation as L.LeafletEventHandlerFn,
      mousemove: this.onPointerMove as L.LeafletEventHandlerFn,
      mouseout: this.onPointerOut,
      click: this.onClick as L.LeafletEventHandlerFn,
    };
  }

  /** Culls and paints everything for the current view. */
  redraw(): void {
    const map = this._map as L.Map | undefined;
    const canvas = this.canvas;
    if (!map || !canvas || !this.hoverCanvas) return;
    const size = map.getSize();
    const pad = size.multiplyBy(PADDING).round();
    const topLeft = map.containerPointToLayerPoint(pad.multiplyBy(-1)).round();
    const full = size.add(pad.multiplyBy(2));
    const dpr = window.devicePixelRatio || 1;
    for (const c of [canvas, this.hoverCanvas]) {
      L.DomUtil.setPosition(c, topLeft);
      c.width = Math.round(full.x * dpr);
      c.height = Math.round(full.y * dpr);
      c.style.width = `${full.x}px`;
      c.style.height = `${full.y}px`;
    }
    this.drawnCenter = map.getCenter();
    this.drawnZoom = map.getZoom();
    const origin = map.getPixelOrigin().add(topLeft);
    const sw = map.layerPointToLatLng(topLeft.add([0, full.y]));
    const ne = map.layerPointToLatLng(topLeft.add([full.x, 0]));
    this.view = {
      worldPx: 256 * Math.pow(2, this.drawnZoom),
      originX: origin.x,
      originY: origin.y,
      west: sw.lng,
      south: sw.lat,
      east: ne.lng,
      north: ne.lat,
    };
    if (this.hovered >= 0) map.getContainer().style.cursor = '';
    this.hovered = -1;
    let drawn = 0;
    const ctx = canvas.getContext('2d');
    if (ctx && this.table) {
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      drawn = cullArcs(this.table, this.view, this.mask, this.copies);
      drawArcs(ctx, this.table, this.view, this.copies, this.settings.theme ?? 'light', {
        drawn,
        dpr,
      });
    }
    // For tests and the benchmark: how many arcs the last paint drew.
    canvas.dataset.drawn = String(drawn);
    this.paintHighlights();
    this.settings.onDraw?.(drawn);
  }

  private onZoom(): void {
    const map = this._map as L.Map | undefined;
    // During an animated zoom 'zoomanim' already placed the canvas.
    if (map && !(map as unknown as { _animatingZoom?: boolean })._animatingZoom) {
      this.updateTransform(map.getCenter(), map.getZoom());
    }
  }

  private onZoomAnimation(event: L.ZoomAnimEvent): void {
    this.updateTransform(event.center, event.zoom);
  }

  /** Scales and moves the canvases as Leaflet's renderers do, until moveend redraws them. */
  private updateTransform(center: L.LatLng, zoom: number): void {
    const map = this._map as L.Map | undefined;
    if (!map || !this.canvas || !this.hoverCanvas) return;
    const scale = map.getZoomScale(zoom, this.drawnZoom);
    const size = map.getSize();
    const viewHalf = size.multiplyBy(0.5 + PADDING);
    const centerPoint = map.project(this.drawnCenter, zoom);
    const panePos = L.DomUtil.getPosition(map.getPane('mapPane')!);
    const newOrigin = map.project(center, zoom).subtract(size.divideBy(2)).add(panePos).round();
    const offset = viewHalf.multiplyBy(-scale).add(centerPoint).subtract(newOrigin);
    L.DomUtil.setTransform(this.canvas, offset, scale);
    L.DomUtil.setTransform(this.hoverCanvas, offset, scale);
  }

  private pick(event: L.LeafletMouseEvent): number {
    const map = this._map as L.Map | undefined;
    if (
      !map ||
      !this.table ||
      !this.view ||
      (map as unknown as { _animatingZoom?: boolean })._animatingZoom
    )
      return -1;
    if ((map.dragging as unknown as { moving?: () => boolean } | undefined)?.moving?.()) return -1;
    // Canvas pixels: world pixel of the pointer minus the canvas's world origin.
    const p = map.project(event.latlng, this.drawnZoom);
    return pickArc(
      this.table,
      this.view,
      this.copies,
      p.x - this.view.originX,
      p.y - this.view.originY,
    );
  }

  private onPointerMove(event: L.LeafletMouseEvent): void {
    this.setHovered(this.pick(event));
  }

  private onPointerOut(): void {
    this.setHovered(-1);
  }

  private onClick(event: L.LeafletMouseEvent): void {
    const hit = this.pick(event);
    if (hit >= 0) this.settings.onSelect?.(hit);
  }

  private setHovered(index: number): void {
    if (index === this.hovered) return;
    this.hovered = index;
    const map = this._map as L.Map | undefined;
    if (map) map.getContainer().style.cursor = index >= 0 ? 'pointer' : '';
    this.paintHighlights();
  }

  /** Repaints the highlight canvas: the selected arc, then the hovered one above it. */
  private paintHighlights(): void {
    const canvas = this.hoverCanvas;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const table = this.table;
    const view = this.view;
    const shown: string[] = [];
    if (table && view) {
      const dpr = window.devicePixelRatio || 1;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const indices =
        this.hovered === this.selected ? [this.selected] : [this.selected, this.hovered];
      for (const index of indices) {
        if (index < 0 || index >= table.count || this.copies[index] === NOT_DRAWN) continue;
        drawHighlight(ctx, table, index, this.copies[index]!, view, this.settings.theme ?? 'light');
        shown.push(table.ids[index]!);
      }
    }
    // For tests: the ids highlighted now.
    canvas.dataset.highlighted = shown.join(' ');
  }
}
