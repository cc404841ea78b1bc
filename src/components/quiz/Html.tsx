// Trusted HTML rendered by the build from the course's own Markdown (never learner input).
import type { HTMLAttributes } from 'preact';

type Tag = 'div' | 'span' | 'li';

export function Html({ html, as: As = 'div', ...rest }: { html: string; as?: Tag } & Omit<HTMLAttributes<HTMLElement>, 'as'>) {
  return <As {...(rest as Record<string, unknown>)} dangerouslySetInnerHTML={{ __html: html }} />;
}
