// The report page as a PNG at a pixel density (2× by default), in the browser. The DOM-to-
// image library is loaded on the first click only, so it costs the first load nothing.
export async function capturePng(
  doc: Document,
  size: { width: number; height: number },
  scale = 2,
): Promise<Blob> {
  const { domToBlob } = await import('modern-screenshot');
  const root = doc.querySelector<HTMLElement>('[data-report]');
  if (!root) throw new Error('the report page has no report');
  const background = doc.defaultView?.getComputedStyle(root).backgroundColor ?? '#ffffff';
  return domToBlob(root, {
    width: size.width,
    height: size.height,
    scale,
    type: 'image/png',
    backgroundColor: background,
    // The hidden alt-text paragraph is not part of the picture. (No instanceof: the node
    // lives in the iframe's realm, not ours.)
    filter: (node) => !(node.nodeType === 1 && (node as Element).hasAttribute('data-alt-text')),
  });
}

/** Saves a blob under a file name through a temporary link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL is released.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
