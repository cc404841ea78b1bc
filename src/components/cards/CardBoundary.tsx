// The review's error boundary: a card whose stored state the scheduler refuses (ts-fsrs throws
// while computing the intervals) shows a French explanation and « Réinitialiser la carte »
// instead of a blank screen, and the rest of the review keeps working.
import { Component, type ComponentChildren } from 'preact';

interface Props {
  /** The card shown (a new card clears the error). */
  id: string;
  onReset: (id: string) => void;
  children: ComponentChildren;
}

export class CardBoundary extends Component<Props, { failed: string | null }> {
  override state = { failed: null as string | null };

  static getDerivedStateFromError() {
    return { failed: '' };
  }

  override componentDidCatch(error: unknown) {
    // Kept for whoever opens the console; the learner gets the message below.
    console.error('Carte impossible à afficher', error);
    this.setState({ failed: this.props.id });
  }

  override componentDidUpdate(previous: Props) {
    if (previous.id !== this.props.id && this.state.failed !== null) this.setState({ failed: null });
  }

  override render() {
    if (this.state.failed === null) return this.props.children;
    return (
      <div class="carte carte-erreur" role="alert">
        <h3>Cette carte ne peut pas être présentée</h3>
        <p>
          Son état enregistré est invalide (stabilité ou difficulté hors des limites du planificateur). La réinitialiser la remet
          parmi les nouvelles cartes ; son historique de révisions est gardé.
        </p>
        <p class="boutons-sauvegarde">
          <button type="button" class="bouton-principal" onClick={() => this.props.onReset(this.props.id)}>
            Réinitialiser la carte
          </button>
        </p>
      </div>
    );
  }
}
