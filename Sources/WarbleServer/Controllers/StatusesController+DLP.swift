import WarbleCompliance
import WarbleCore
import WarblePolicy
import WarbleStore

extension StatusesController {
    /// Checks a new post against the DLP policy in force before it is stored. A refusal
    /// (``DLPRefusal``) answers 422; otherwise what DLP found is stored with the post.
    func screenNewPost(
        text: String, spoilerText: String, visibility: Visibility, groupID: Int64?, replyTo: Int64?, confirmed: Bool, context: UserRequestContext
    ) async throws -> PostScreening {
        let policy = policies.current.dlp
        let group = Self.looksAtGroups(policy) ? try await groupSlug(requested: groupID, replyTo: replyTo, viewer: context.account.id) : nil
        return try await screen(text: text, spoilerText: spoilerText, context: DLPContext(visibility: visibility, group: group), confirmed: confirmed,
                                author: context, postID: nil, policy: policy)
    }

    /// Checks the new text of post `id` against the DLP policy in force before it replaces the old.
    func screenEdit(of view: PostView, text: String, spoilerText: String, confirmed: Bool, context: UserRequestContext) async throws -> PostScreening {
        try await screen(text: text, spoilerText: spoilerText, context: DLPContext(visibility: view.post.visibility, group: view.group?.slug),
                         confirmed: confirmed, author: context, postID: view.post.id, policy: policies.current.dlp)
    }

    private func screen(
        text: String, spoilerText: String, context dlpContext: DLPContext, confirmed: Bool, author: UserRequestContext, postID: Int64?, policy: DLPPolicy
    ) async throws -> PostScreening {
        let submission = PostSubmission(
            text: text, spoilerText: spoilerText, context: dlpContext, confirmed: confirmed, authorID: author.account.id, address: author.clientAddress,
            postID: postID
        )
        return try await screener.screen(submission, policy: policy)
    }

    /// Whether some rule is limited to groups; only then does a post's group need looking up.
    private static func looksAtGroups(_ policy: DLPPolicy) -> Bool {
        policy.rules.contains { $0.scope.groups != nil }
    }

    /// The slug of the group a new post goes to, as the repository will decide it: the group
    /// asked for when the author is an active member (otherwise the post is refused anyway, and
    /// DLP must not tell that the group exists), else the group of the post replied to when the
    /// author may see that post.
    private func groupSlug(requested: Int64?, replyTo: Int64?, viewer: Int64) async throws -> String? {
        if let requested {
            guard try await groups.membership(of: viewer, in: requested)?.isActive == true else { return nil }
            return try await groups.find(id: requested)?.slug
        }
        guard let replyTo else { return nil }
        return try await posts.view(id: replyTo, viewer: viewer)?.group?.slug
    }
}
