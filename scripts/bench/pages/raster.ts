// The raster choice, isolated: N seeded arcs (24 chords each, widths spread like trade values,
// about half under 2 px) painted one way, timed until the pixels exist (a 1-pixel read forces the
// paint). Canvas 2D three ways, and WebGL quads, so the fast path's choice can be re-checked
// on any machine: ?mode=per-arc|four-per-stroke|per-style|webgl&n=10000.
import { seededRandom } from '../seededRandom.ts';

type Mode = 'per-arc' | 'four-per-stroke' | 'per-style' | 'webgl';
const WIDTH = 1408;
const HEIGHT = 880;
const CHORDS = 24;
const COLOURS = ['#0a6aa8', '#c05000', '#2f8f5b', '#7d4aa8'];

interface Arc {
  points: Float32Array;
  width: number;
  colour: number;
}

function makeArcs(n: number): Arc[] {
  const random = seededRandom(7);
  const arcs: Arc[] = [];
  for (let i = 0; i < n; i++) {
    const [x0, y0, x1, y1] = [
      random() * WIDTH,
      random() * HEIGHT,
      random() * WIDTH,
      random() * HEIGHT,
    ];
    // Widths as the flow scale gives them: sqrt of a log-uniform value, 1.5 to 10 px.
    const width = 1.5 + Math.sqrt(10 ** (random() * 5 - 5)) * 8.5;
    const bow = Math.hypot(x1 - x0, y1 - y0) * 0.25;
    const [mx, my] = [(x0 + x1) / 2, (y0 + y1) / 2 - bow];
    const points = new Float32Array((CHORDS + 1) * 2);
    for (let k = 0; k <= CHORDS; k++) {
      const t = k / CHORDS;
      const [a, b, c] = [(1 - t) * (1 - t), 2 * t * (1 - t), t * t];
      points[k * 2] = a * x0 + b * mx + c * x1;
      points[k * 2 + 1] = a * y0 + b * my + c * y1;
    }
    arcs.push({ points, width, colour: Math.floor(random() * COLOURS.length) });
  }
  // Thin first, as the fast path batches by width.
  return arcs.sort((a, b) => a.width - b.width);
}

function trace(ctx: CanvasRenderingContext2D, points: Float32Array): void {
  ctx.moveTo(points[0]!, points[1]!);
  for (let k = 2; k < points.length; k += 2) ctx.lineTo(points[k]!, points[k + 1]!);
}

/** Canvas 2D: `perStroke` arcs per stroke() (Infinity = one path per style). */
function paintCanvas(arcs: Arc[], perStroke: number): void {
  const ctx = (document.getElementById('canvas') as HTMLCanvasElement).getContext('2d')!;
  ctx.lineJoin = 'miter';
  ctx.lineCap = 'round';
  ctx.globalAlpha = 0.8;
  let style = '';
  let pending = 0;
  for (const arc of arcs) {
    // Under 2 px, a hairline of the same ink, as the fast path paints dense views.
    const width = arc.width < 2 ? 1 : Math.round(arc.width * 2) / 2;
    const key = `${width}|${arc.colour}`;
    if (key !== style) {
      if (pending > 0) ctx.stroke();
      ctx.beginPath();
      pending = 0;
      style = key;
      ctx.lineWidth = width;
      ctx.strokeStyle = COLOURS[arc.colour]!;
    }
    trace(ctx, arc.points);
    if (++pending >= perStroke) {
      ctx.stroke();
      ctx.beginPath();
      pending = 0;
    }
  }
  if (pending > 0) ctx.stroke();
  ctx.getImageData(0, 0, 1, 1);
}

const VERTEX = `#version 300 es
in vec2 position; in vec4 colour; out vec4 tint; uniform vec2 size;
void main() { tint = colour; gl_Position = vec4(position / size * 2.0 - 1.0, 0, 1) * vec4(1, -1, 1, 1); }`;
const FRAGMENT = `#version 300 es
precision mediump float; in vec4 tint; out vec4 pixel;
void main() { pixel = vec4(tint.rgb * tint.a, tint.a); }`;

/** WebGL 2: every chord a quad (two triangles), antialiased by the context's multisampling. */
function paintWebgl(arcs: Arc[]): void {
  const canvas = document.getElementById('canvas') as HTMLCanvasElement;
  const gl = canvas.getContext('webgl2', { antialias: true, premultipliedAlpha: true });
  if (!gl) throw new Error('no WebGL 2 here');
  const program = gl.createProgram()!;
  for (const [type, source] of [
    [gl.VERTEX_SHADER, VERTEX],
    [gl.FRAGMENT_SHADER, FRAGMENT],
  ] as const) {
    const shader = gl.createShader(type)!;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    gl.attachShader(program, shader);
  }
  gl.linkProgram(program);
  gl.useProgram(program);
  const rgba = COLOURS.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255));
  const data = new Float32Array(arcs.length * CHORDS * 6 * 6);
  let at = 0;
  const vertex = (x: number, y: number, c: number[]) => {
    data.set([x, y, c[0]!, c[1]!, c[2]!, 0.8], at);
    at += 6;
  };
  for (const arc of arcs) {
    const half = (arc.width < 2 ? 1 : arc.width) / 2;
    const c = rgba[arc.colour]!;
    const p = arc.points;
    for (let k = 0; k + 3 < p.length; k += 2) {
      const [dx, dy] = [p[k + 2]! - p[k]!, p[k + 3]! - p[k + 1]!];
      const length = Math.hypot(dx, dy) || 1;
      const [nx, ny] = [(-dy / length) * half, (dx / length) * half];
      vertex(p[k]! + nx, p[k + 1]! + ny, c);
      vertex(p[k]! - nx, p[k + 1]! - ny, c);
      vertex(p[k + 2]! + nx, p[k + 3]! + ny, c);
      vertex(p[k + 2]! + nx, p[k + 3]! + ny, c);
      vertex(p[k]! - nx, p[k + 1]! - ny, c);
      vertex(p[k + 2]! - nx, p[k + 3]! - ny, c);
    }
  }
  gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
  gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
  const position = gl.getAttribLocation(program, 'position');
  const colour = gl.getAttribLocation(program, 'colour');
  gl.enableVertexAttribArray(position);
  gl.enableVertexAttribArray(colour);
  gl.vertexAttribPointer(position, 2, gl.FLOAT, false, 24, 0);
  gl.vertexAttribPointer(colour, 4, gl.FLOAT, false, 24, 8);
  gl.uniform2f(gl.getUniformLocation(program, 'size'), WIDTH, HEIGHT);
  gl.enable(gl.BLEND);
  gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
  gl.drawArrays(gl.TRIANGLES, 0, at / 6);
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
}

const params = new URLSearchParams(location.search);
const mode = (params.get('mode') ?? 'per-arc') as Mode;
const arcs = makeArcs(Number(params.get('n') ?? 10000));
const started = performance.now();
if (mode === 'webgl') paintWebgl(arcs);
else paintCanvas(arcs, mode === 'per-arc' ? 1 : mode === 'four-per-stroke' ? 4 : Infinity);
(window as unknown as { __rasterMs: number }).__rasterMs = performance.now() - started;
