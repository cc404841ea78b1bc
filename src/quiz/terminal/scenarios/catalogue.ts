// The guided scenarios of the « Terminal d’entraînement », without their checks or files: what
// the progress summary (« Ma progression ») and the launchers need, small enough to load anywhere.
// Ids are stable (the learner's progress is keyed by them): never rename one; a new step gets a
// new id. The full definitions (files, checks, hints, solutions) are niveau-*.ts.

export interface StepInfo {
  id: string;
  /** What must hold in the simulated Docker, in French. */
  goal: string;
}

export interface ScenarioInfo {
  id: string;
  title: string;
  /** The course section it comes from. */
  section: string;
  steps: readonly StepInfo[];
}

export const SCENARIO_CATALOGUE: readonly ScenarioInfo[] = [
  {
    id: 'niveau-1',
    title: 'Niveau 1 : Docker de base',
    section: '/pratique/travaux-pratiques/#niveau-1--docker-de-base',
    steps: [
      { id: 'lancer-nginx', goal: 'Un conteneur nommé web tourne à partir de nginx:1.30 et publie le port 8080 de l’hôte vers le port 80 du conteneur.' },
      { id: 'supprimer-web', goal: 'Le conteneur web est arrêté puis supprimé.' },
      { id: 'montage-lie', goal: 'Un conteneur nginx:1.30-alpine sert le dossier tp1/website (montage lié sur /usr/share/nginx/html) sur le port 8081.' },
      { id: 'construire-image', goal: 'L’image mon-site:1.0 est construite à partir du Dockerfile du dossier tp1.' },
      { id: 'lancer-mon-site', goal: 'Un conteneur nommé mon-site tourne à partir de mon-site:1.0 et publie le port 8081 vers le port 80.' },
      { id: 'nettoyer', goal: 'Le conteneur mon-site et l’image mon-site:1.0 sont supprimés.' },
    ],
  },
  {
    id: 'niveau-2',
    title: 'Niveau 2 : WordPress et MySQL avec Compose',
    section: '/pratique/travaux-pratiques/#niveau-2--de-zéro-à-héros-avec-compose',
    steps: [
      { id: 'fichier-env', goal: 'Le fichier .env du dossier tp2-wordpress définit MYSQL_ROOT_PASSWORD et MYSQL_PASSWORD.' },
      { id: 'demarrer', goal: 'Les services db et wordpress du projet tp2-wordpress tournent, et WordPress publie le port 8080 vers le port 80.' },
      { id: 'arreter', goal: 'Les conteneurs du projet sont supprimés, mais les volumes db_data et wp_data restent.' },
      { id: 'redemarrer', goal: 'Le projet tourne de nouveau et MySQL retrouve le volume db_data.' },
      { id: 'nettoyer', goal: 'Conteneurs et volumes du projet sont supprimés.' },
    ],
  },
  {
    id: 'niveau-4',
    title: 'Niveau 4 : répartiteur de charge, Flask et Redis',
    section: '/pratique/travaux-pratiques/#niveau-4--une-architecture-de-production',
    steps: [
      { id: 'demarrer', goal: 'L’image tp4-flask:1.0 est construite ; lb, redis et trois réplicas de app tournent, et seul lb publie un port (8080 vers 80).' },
      { id: 'echelle', goal: 'Cinq réplicas de app tournent, et lb a redémarré depuis le changement d’échelle.' },
      { id: 'nettoyer', goal: 'Conteneurs et volume redis_data du projet sont supprimés.' },
    ],
  },
];

export function scenarioInfo(id: string): ScenarioInfo | undefined {
  return SCENARIO_CATALOGUE.find((s) => s.id === id);
}
