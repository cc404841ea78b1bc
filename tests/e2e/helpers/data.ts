// The course's data files as the site serves them (src/quiz/data-files.ts): the manifest, then the
// hashed file of one kind, for tests that need a real id.
import type { APIRequestContext } from '@playwright/test';

export async function courseData<T = { id: string }>(request: APIRequestContext, kind: 'questions' | 'cartes'): Promise<T[]> {
  const manifest = (await (await request.get('/donnees/manifeste.json')).json()) as { files: Record<string, string> };
  return ((await (await request.get(`/${manifest.files[kind]}`)).json()) as { items: T[] }).items;
}
