import type { reviewCalls } from '../../../../shared/api/calls/review';
import type { HandlersFor } from '../handlerTypes';
import { createThread, deleteOwn, editOwn, reply, setResolved } from '../../review/commentActions';
import { mergeReview } from '../../review/mergeReview';
import { mergeReviewBytes } from '../../review/mergeReviewBytes';
import { saveReviewCopy } from '../../review/saveReviewCopy';
import { storeAnchors } from '../../review/storeAnchors';

export const reviewHandlers: HandlersFor<typeof reviewCalls> = {
  createComment: (ws, args) => createThread(ws.require(), args),
  replyToComment: (ws, { parentId, body, author }) => reply(ws.require(), parentId, body, author),
  updateComment: (ws, { id, body, author }) => editOwn(ws.require(), id, body, author),
  deleteComment: (ws, { id, author }) => {
    deleteOwn(ws.require(), id, author);
    return { id };
  },
  setCommentResolved: (ws, { id, resolved }) => setResolved(ws.require(), id, resolved),
  updateAnchors: (ws, { sectionId, anchors }) => ({ updated: storeAnchors(ws.require(), sectionId, anchors) }),
  setReviewStatus: (ws, { sectionId, status }) => ws.require().sections.update({ id: sectionId, reviewStatus: status }),
  saveReviewCopy: async (ws, { path }) => ({ path: await saveReviewCopy(ws.require(), path) }),
  mergeReviewFile: (ws, { fileName, base64 }) => mergeReviewBytes(ws.require(), fileName, Buffer.from(base64, 'base64')),
  mergeReview: (ws, { path }) => mergeReview(ws.require(), path),
};
