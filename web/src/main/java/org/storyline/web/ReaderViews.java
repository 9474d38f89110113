package org.storyline.web;

import java.time.Instant;
import java.util.List;
import org.storyline.account.Comment;
import org.storyline.account.Follow;
import org.storyline.account.User;
import org.storyline.store.Follows;

/** What the readers' pages and fragments show (accounts, comments, follows): one record each, for its template. */
public final class ReaderViews {

    private ReaderViews() {
    }

    /** The account links in the site header. */
    public record Nav(User viewer, String csrf, String next) {
        public String nextParam() {
            return Show.path(next);
        }
    }

    /** The sign-in and sign-up forms, with what was typed (never the password) and why it was refused. */
    public record AccountForm(String name, String next, String message, String csrf) {
        public String nextParam() {
            return Show.path(next);
        }
    }

    /** An error page of ours: what went wrong and where to go back to. */
    public record Problem(String title, String message, String back) {}

    /** The follow or unfollow button for one thing; {@code label} is an entity's name as its page gave it, or null. */
    public record FollowButton(Follow.Kind kind, String key, String what, String label, boolean signedIn,
                               boolean following, String csrf, String next) {
        public String nextParam() {
            return Show.path(next);
        }
    }

    /** An article's or story's comments, and what the viewer may do with them. */
    public record CommentSection(Comment.Target target, List<Comment> comments, User viewer, String csrf,
                                 String next) {

        public long count() {
            return comments.stream().filter(c -> !c.removed()).count();
        }

        public boolean canEdit(Comment c) {
            return viewer != null && viewer.id().equals(c.authorId()) && !c.removed();
        }

        public boolean canRemove(Comment c) {
            return viewer != null && !c.removed() && (viewer.role().moderates() || viewer.id().equals(c.authorId()));
        }

        public String nextParam() {
            return Show.path(next);
        }
    }

    /** The form to change one's comment. */
    public record CommentEdit(Comment comment, String body, String message, String csrf, String next) {}

    /** "What's new": for each followed thing, the articles that arrived since the last visit. */
    public record WhatsNew(User viewer, List<Follows.News> news, java.util.Map<String, String> storyTitles,
                           Instant lastVisit, String csrf) {

        public int totalNew() {
            return news.stream().mapToInt(Follows.News::total).sum();
        }

        public String link(Follows.News n) {
            return switch (n.follow().kind()) {
                case STORY -> "/story/" + Show.path(n.storyId());
                case HASHTAG -> "/hashtag/" + Show.path(n.follow().key());
                case ENTITY -> "/entity/" + Show.path(n.follow().key());
            };
        }

        /** How a followed thing reads: a story by its title now (it changes as articles arrive). */
        public String label(Follows.News n) {
            return n.storyId() != null ? storyTitles.getOrDefault(n.storyId(), n.follow().label()) : n.follow().label();
        }

        public String kindLabel(Follows.News n) {
            return switch (n.follow().kind()) {
                case STORY -> "story";
                case HASHTAG -> "hashtag";
                case ENTITY -> "person, place or organisation";
            };
        }
    }
}
