import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonFile, writeJsonFile } from './common/jsonFile';
import { addRecent, parseRecentList, serialiseRecentList } from './common/recentList';

/** File ▸ Open Recent, kept in the user's settings folder and mirrored to the OS's recent documents. */
export class RecentProjects {
  private list: string[];
  private readonly file = join(app.getPath('userData'), 'recent-projects.json');

  constructor(private readonly onChange: () => void) {
    this.list = parseRecentList(readJsonFile(this.file));
  }

  /** The remembered projects that still exist, most recent first. */
  existing(): string[] {
    return this.list.filter((path) => existsSync(path));
  }

  add(path: string): void {
    this.update(addRecent(this.list, path));
    app.addRecentDocument(path);
  }

  clear(): void {
    this.update([]);
    app.clearRecentDocuments();
  }

  private update(next: string[]): void {
    this.list = next;
    try {
      writeJsonFile(this.file, serialiseRecentList(next));
    } catch (error) {
      console.warn('Casebook could not save the recent projects list:', error);
    }
    this.onChange();
  }
}
