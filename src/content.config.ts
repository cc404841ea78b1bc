import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { loadQuestions } from './lib/quiz-bank';
import { cardsLoader } from './quiz/cards-loader';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // French wording fixes over Starlight's own strings (accents it lacks).
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  // Quiz questions (src/content/quiz/*.yaml), validated and rendered to HTML at build.
  quiz: defineCollection({ loader: () => loadQuestions() }),
  // Flashcards (src/content/cards/*.yaml): one entry per study card, validated and rendered at build.
  cards: defineCollection({ loader: cardsLoader() }),
};
