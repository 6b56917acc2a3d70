// "Open data…": a button for the file picker and, while a file is dragged over the page,
// a drop zone. Reads .geojson and .json files; what they hold is checked by the loader.
import { useEffect, useRef, useState } from 'react';
import './load.css';

export interface LoadDataControlProps {
  onFile: (file: File) => void;
  busy?: boolean;
}

const ACCEPT = '.geojson,.json,application/geo+json,application/json';

const hasFiles = (event: DragEvent) =>
  Array.from(event.dataTransfer?.types ?? []).includes('Files');

export function LoadDataControl({ onFile, busy = false }: LoadDataControlProps) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0; // dragenter/dragleave fire for every child element crossed
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault(); // allows the drop
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault(); // never let the browser navigate to the dropped file
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFile]);

  return (
    <div className="load-data">
      <button
        type="button"
        className="load-data__button"
        onClick={() => input.current?.click()}
        disabled={busy}
      >
        Open data…
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        data-testid="open-data-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file);
          event.currentTarget.value = ''; // the same file can be opened again
        }}
      />
      {dragging && (
        <div className="load-data__drop" data-testid="drop-zone">
          <p>Drop a .geojson or .json file to show it on the map</p>
        </div>
      )}
    </div>
  );
}
