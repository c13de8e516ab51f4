import { useEffect } from 'react';
import { api } from '../api';
import { editIdentity } from './IdentityDialog';
import { onCommentsWanted, reloadComments, requestReviewAction } from './reviewStore';

/**
 * Switches the side panels when the review needs them: to Comments when a comment is
 * started from the text or a highlighted passage is clicked, to Review for the File
 * menu's Save Review Copy and Merge Review. Comments reload when another project opens, and
 * Preferences edits the name and initials comments and versions carry.
 */
export function usePanelRequests(show: (tab: 'comments' | 'review') => void): void {
  useEffect(() => {
    const offComments = onCommentsWanted(() => show('comments'));
    const offMenu = api().onEvent((event) => {
      if (event.type === 'project-opened') void reloadComments();
      if (event.type !== 'menu') return;
      if (event.command === 'preferences') void editIdentity();
      if (event.command === 'save-review-copy' || event.command === 'merge-review') {
        requestReviewAction(event.command);
        show('review');
      }
    });
    return () => {
      offComments();
      offMenu();
    };
  }, [show]);
}
