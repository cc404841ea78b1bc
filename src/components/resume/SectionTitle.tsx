// The line naming the section of a section-limited session (cards or quiz): « Section : Les volumes
// nommés (Volumes et montages liés) » with a link back to it in the course.
import { useEffect, useState } from 'preact/hooks';
import { withBase } from '../../lib/url';
import { sectionHeading } from './section-data';
import './resume.css';

export function SectionTitle({ section, pageTitle }: { section: string; pageTitle: string | null }) {
  const [heading, setHeading] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    sectionHeading(section).then((h) => live && setHeading(h));
    return () => {
      live = false;
    };
  }, [section]);
  const name = heading ?? pageTitle ?? section;
  return (
    <p class="section-limitee">
      Section : <strong>{name}</strong>
      {heading && pageTitle ? ` (${pageTitle})` : ''} · <a href={withBase(section)}>Relire cette section dans le cours</a>
    </p>
  );
}
