// dexie-export-import expects a browser: a global `self` and FileReader. Node has Blob but neither of those; this
// gives it the two, over Blob's own methods. Import it before anything that imports dexie-export-import.
const scope = globalThis as Record<string, unknown>;
scope.self ??= globalThis;

class NodeFileReader {
  result: unknown = null;
  error: unknown = null;
  onload: ((event: { target: NodeFileReader }) => void) | null = null;
  onerror: ((event: { target: NodeFileReader }) => void) | null = null;

  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      },
      (error: unknown) => {
        this.error = error;
        this.onerror?.({ target: this });
      },
    );
  }
}

scope.FileReader ??= NodeFileReader;
export {};
