// The simulated file system: a flat map from absolute path to entry, small and serialisable.
// The host (home /home/etudiant), each volume and each container layer is one FileSystem.

export type Entry = { type: 'dir' } | { type: 'file'; content: string };

/** `a/../b/./c` → `/b/c`, relative to `cwd`; `~` is the home directory. */
export function resolvePath(path: string, cwd = '/', home = '/home/etudiant'): string {
  let p = path.replace(/^~(?=\/|$)/, home);
  if (!p.startsWith('/')) p = `${cwd}/${p}`;
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

export const parentOf = (path: string) => (path === '/' ? '/' : path.slice(0, path.lastIndexOf('/')) || '/');
export const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

export type FsError = 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'EEXIST' | 'ENOTEMPTY';

export class FileSystem {
  readonly entries = new Map<string, Entry>([['/', { type: 'dir' }]]);

  constructor(files: Record<string, string> = {}, dirs: string[] = []) {
    for (const d of dirs) this.mkdirp(d);
    for (const [path, content] of Object.entries(files)) this.write(path, content);
  }

  get(path: string): Entry | undefined {
    return this.entries.get(path);
  }
  isDir(path: string): boolean {
    return this.entries.get(path)?.type === 'dir';
  }
  isFile(path: string): boolean {
    return this.entries.get(path)?.type === 'file';
  }
  read(path: string): string | undefined {
    const e = this.entries.get(path);
    return e?.type === 'file' ? e.content : undefined;
  }

  mkdirp(path: string): void {
    let p = '';
    for (const part of path.split('/').filter(Boolean)) {
      p += `/${part}`;
      if (!this.entries.has(p)) this.entries.set(p, { type: 'dir' });
    }
  }

  /** `mkdir` without -p: the parent must exist. */
  mkdir(path: string): FsError | null {
    if (this.entries.has(path)) return 'EEXIST';
    const parent = this.entries.get(parentOf(path));
    if (!parent) return 'ENOENT';
    if (parent.type !== 'dir') return 'ENOTDIR';
    this.entries.set(path, { type: 'dir' });
    return null;
  }

  /** Writes a file; parents are created (the shell checks them first when it matters). */
  write(path: string, content: string, append = false): FsError | null {
    const e = this.entries.get(path);
    if (e?.type === 'dir') return 'EISDIR';
    this.mkdirp(parentOf(path));
    this.entries.set(path, { type: 'file', content: append && e?.type === 'file' ? e.content + content : content });
    return null;
  }

  /** Direct children names, sorted as `ls` sorts them (C locale). */
  list(path: string): string[] {
    const prefix = path === '/' ? '/' : `${path}/`;
    const names: string[] = [];
    for (const key of this.entries.keys()) {
      if (key !== path && key.startsWith(prefix) && !key.slice(prefix.length).includes('/')) names.push(key.slice(prefix.length));
    }
    return names.sort();
  }

  /** Every path at or under `path`. */
  walk(path: string): string[] {
    const prefix = path === '/' ? '/' : `${path}/`;
    return [...this.entries.keys()].filter((k) => k === path || k.startsWith(prefix)).sort();
  }

  remove(path: string, recursive = false): FsError | null {
    const e = this.entries.get(path);
    if (!e) return 'ENOENT';
    if (e.type === 'dir') {
      const inside = this.walk(path);
      if (inside.length > 1 && !recursive) return 'ENOTEMPTY';
      for (const k of inside) if (k !== '/') this.entries.delete(k);
      return null;
    }
    this.entries.delete(path);
    return null;
  }

  /** Copies a file or a tree from another file system (docker cp, COPY, a volume's first use). */
  copyFrom(other: FileSystem, from: string, to: string): void {
    for (const key of other.walk(from)) {
      const target = to + key.slice(from.length);
      const e = other.get(key)!;
      if (e.type === 'dir') this.mkdirp(target || '/');
      else this.write(target, e.content);
    }
  }

  clone(): FileSystem {
    const fs = new FileSystem();
    for (const [k, v] of this.entries) fs.entries.set(k, { ...v });
    return fs;
  }

  toJSON(): [string, string | null][] {
    return [...this.entries].filter(([k]) => k !== '/').map(([k, e]) => [k, e.type === 'dir' ? null : e.content]);
  }

  static fromJSON(data: unknown): FileSystem {
    const fs = new FileSystem();
    if (!Array.isArray(data)) return fs;
    for (const item of data) {
      if (!Array.isArray(item) || typeof item[0] !== 'string' || !item[0].startsWith('/')) continue;
      if (item[1] === null) fs.mkdirp(item[0]);
      else if (typeof item[1] === 'string') fs.write(item[0], item[1]);
    }
    return fs;
  }
}
