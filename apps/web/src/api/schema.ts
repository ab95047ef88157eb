/* eslint-disable */
// Generated from apps/api/openapi.json by scripts/gen-client.mjs (npm run openapi). Do not edit.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Database and search status, and the hub version. */
        get: operations["Health_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ready for traffic: 200 when the database answers, 503 otherwise. */
        get: operations["Health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find colleagues by expertise, with municipality, network and flag facets. */
        get: operations["Search_people"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search everything you may see, grouped by type. */
        get: operations["Search_all"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Instant suggestions while typing. */
        get: operations["Search_suggest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mail the hub wrote as .eml files (when no SMTP_URL is set), newest first. */
        get: operations["Mail_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/mail/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One .eml file as written. */
        get: operations["Mail_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password; sets the session cookie. */
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session. A sign-in made through a municipality’s identity provider answers its logout address (send the browser there). */
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, and the CSRF token for this session. */
        get: operations["Auth_session"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a first password with the link from an invitation. */
        post: operations["Auth_acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My active sign-ins. */
        get: operations["MySecurity_sessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out one of my sessions. */
        delete: operations["MySecurity_revokeSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My personal API tokens (without their secrets). */
        get: operations["MySecurity_tokens"];
        put?: never;
        /** Create a personal API token; the secret is shown once. */
        post: operations["MySecurity_createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of my API tokens. */
        delete: operations["MySecurity_revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My profile. */
        get: operations["People_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit my profile and expertise (expertise replaces the whole list). */
        patch: operations["People_updateMe"];
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password; my other browser sessions end (API tokens stay: revoke them separately). */
        post: operations["People_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People, by name; filter by municipality and network; cursor-paged. */
        get: operations["People_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person’s profile. */
        get: operations["People_person"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 11 municipalities of Familjen Helsingborg. */
        get: operations["People_municipalities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add one person, with a first password or an invitation link. */
        post: operations["AdminPeople_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/people/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a person: every session and API token ends at once. */
        post: operations["AdminPeople_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/people/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a disabled person again. */
        post: operations["AdminPeople_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/people/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import people from CSV (multipart field `file`, or a text/csv body); idempotent by e-mail. */
        post: operations["AdminPeople_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Networks I am in and those I may discover. */
        get: operations["Networks_list"];
        put?: never;
        /** Create a network (the secretariat). */
        post: operations["Networks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/networks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One network, by id or slug. */
        get: operations["Networks_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a network: coordinators the description, the secretariat everything (and archive). */
        patch: operations["Networks_update"];
        trace?: never;
    };
    "/api/v1/networks/{id}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join an open network, or ask to join a closed one. */
        post: operations["Networks_join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/networks/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members, and which of the 11 municipalities are represented. */
        get: operations["Networks_members"];
        put?: never;
        /** Add a member or let a guest in (coordinators); appoint a coordinator (the secretariat). */
        post: operations["Networks_addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/networks/{id}/members/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member (coordinators), or leave (yourself). */
        delete: operations["Networks_removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/networks/{id}/join-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending requests to join (coordinators). */
        get: operations["Networks_joinRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/networks/{id}/join-requests/{requestId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a request to join. */
        post: operations["Networks_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/networks/{id}/join-requests/{requestId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a request to join. */
        post: operations["Networks_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/join-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending requests to join the networks I coordinate (all networks for the secretariat). */
        get: operations["JoinRequests_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My home feed: the newest posts of all my networks. */
        get: operations["Feed_home"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/markdown/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Render markdown as a post would be rendered (composer preview; nothing is stored). */
        post: operations["Feed_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/networks/{id}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A network's posts, newest first (pinned=true: only the pinned ones). */
        get: operations["Feed_list"];
        put?: never;
        /** Post in a network (markdown, sanitised on the server). */
        post: operations["Feed_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One post with its comments. */
        get: operations["Feed_get"];
        put?: never;
        post?: never;
        /** Delete a post (its author or a coordinator): the text goes, the record stays. */
        delete: operations["Feed_remove"];
        options?: never;
        head?: never;
        /** Edit a post (its author; the previous text is kept) or make it an announcement (coordinators). */
        patch: operations["Feed_update"];
        trace?: never;
    };
    "/api/v1/posts/{id}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pin a post (coordinators). */
        post: operations["Feed_pin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{id}/unpin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unpin a post (coordinators). */
        post: operations["Feed_unpin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Earlier versions of a post (its author and coordinators). */
        get: operations["Feed_revisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on a post, or reply to a comment (one level). */
        post: operations["Feed_comment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a comment (its author or a coordinator). */
        delete: operations["Feed_removeComment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{id}/reactions/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** React to a post. */
        put: operations["Feed_react"];
        post?: never;
        /** Take back a reaction. */
        delete: operations["Feed_unreact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{id}/acknowledgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who has and has not acknowledged, by municipality (coordinators). */
        get: operations["Feed_acknowledgements"];
        put?: never;
        /** "Läst och förstått" on an announcement. */
        post: operations["Feed_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Catch up on realtime events missed while disconnected (only what you may see now). */
        get: operations["Events_since"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/networks/{id}/online": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who of the network’s members is online now (for those who may see its members). */
        get: operations["Presence_online"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My direct conversations and my networks’ channels, with unread counts. */
        get: operations["Chat_conversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/direct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open (or find) the direct conversation with a person. */
        post: operations["Chat_direct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/networks/{id}/chat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network's chat channel. */
        get: operations["Chat_channel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messages, newest first; `before` pages back. */
        get: operations["Chat_messages"];
        put?: never;
        /** Send a message (markdown, sanitised). */
        post: operations["Chat_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark messages up to `seq` as read. */
        post: operations["Chat_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete my message (coordinators: any in their network’s channel). */
        delete: operations["Chat_remove"];
        options?: never;
        head?: never;
        /** Edit my message (the earlier text is kept). */
        patch: operations["Chat_edit"];
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications, newest first, with the unread count. */
        get: operations["Notifications_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark notifications as read: these ids, those about one post or meeting, or all. */
        post: operations["Notifications_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What each of my networks may notify me about. */
        get: operations["Notifications_settings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-settings/{networkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Everything, mentions and announcements only, or nothing, per network. */
        put: operations["Notifications_setLevel"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/networks/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A network's meetings (upcoming by default). */
        get: operations["Meetings_list"];
        put?: never;
        /** Announce a meeting (coordinators). Times in ISO 8601; shown in Europe/Stockholm. */
        post: operations["Meetings_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meetings across all my networks with my answers: upcoming ones, or those within from–to (a month view). */
        get: operations["Meetings_calendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/feeds/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subscribed calendar feed (iCalendar), reached by its secret address. */
        get: operations["Meetings_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar-feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My calendar feed addresses (without their secrets). */
        get: operations["Meetings_feeds"];
        put?: never;
        /** A new feed address for all my networks or one; the address is shown once. */
        post: operations["Meetings_createFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar-feeds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a feed address (renew by creating a new one). */
        delete: operations["Meetings_revokeFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One meeting (or its .ics file). */
        get: operations["Meetings_get"];
        put?: never;
        post?: never;
        /** Cancel a meeting (coordinators); it stays, marked cancelled. */
        delete: operations["Meetings_cancel"];
        options?: never;
        head?: never;
        /** Change a meeting (coordinators); calendars update it. */
        patch: operations["Meetings_update"];
        trace?: never;
    };
    "/api/v1/meetings/{id}/rsvp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Answer ja / nej / kanske; beyond the capacity a yes waits in line. */
        put: operations["Meetings_rsvp"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/attendees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Answers by municipality, with the waiting list (coordinators). */
        get: operations["Meetings_attendees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agenda: accepted items in order with planned times, proposals, and open action items carried over. */
        get: operations["MeetingCycle_agenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/agenda-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose an agenda item (members, before the meeting). */
        post: operations["MeetingCycle_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw an agenda item (its proposer while proposed; coordinators). */
        delete: operations["MeetingCycle_deleteAgendaItem"];
        options?: never;
        head?: never;
        /** Accept or decline, order and time an agenda item (coordinators). */
        patch: operations["MeetingCycle_updateAgendaItem"];
        trace?: never;
    };
    "/api/v1/meetings/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The minutes with their action items (a draft only for those who write it). */
        get: operations["MeetingCycle_minutes"];
        /** Save the minutes as a draft (coordinators and the note-taker). */
        put: operations["MeetingCycle_saveMinutes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/minutes/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the minutes: members are told, and a copy goes into the network’s document library. */
        post: operations["MeetingCycle_publishMinutes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/note-taker": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Appoint (or remove) the member who writes the minutes (coordinators). */
        put: operations["MeetingCycle_setNoteTaker"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an action item (what, owner, due date) to the minutes. */
        post: operations["MeetingCycle_createActionItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/action-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an action item, or mark it done (its owner may do that). */
        patch: operations["MeetingCycle_updateActionItem"];
        trace?: never;
    };
    "/api/v1/networks/{id}/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network's action items (open ones by default). */
        get: operations["MeetingCycle_networkActionItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/meeting-mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meeting e-mail (invitations, changes, reminders, minutes) on or off, per network of mine. */
        get: operations["MeetingCycle_mailSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/meeting-mail/{networkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Turn meeting e-mail from one network on or off. */
        put: operations["MeetingCycle_setMail"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/meeting-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per network and year: meetings held, attendance by municipality, minutes published, open action items (JSON or CSV). */
        get: operations["MeetingCycle_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/networks/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A network's library: documents (newest change first), folders, tags and the storage used. */
        get: operations["Documents_library"];
        put?: never;
        /** Upload a document (multipart, the file in the field `file`; folderId, tags and note as fields). Its type is checked by content. */
        post: operations["Documents_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One document with its version history. */
        get: operations["Documents_get"];
        put?: never;
        post?: never;
        /** Move a document to the waste bin; it is removed for good after the retention period. */
        delete: operations["Documents_remove"];
        options?: never;
        head?: never;
        /** Rename, move or tag a document (its uploader, coordinators, the secretariat). */
        patch: operations["Documents_update"];
        trace?: never;
    };
    "/api/v1/documents/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a document out of the waste bin (coordinators, the secretariat). */
        post: operations["Documents_undelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a new version (multipart field `file`, optional `note`); the history is kept. */
        post: operations["Documents_addVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/versions/{number}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make an old version current again (as a new version; nothing is lost). */
        post: operations["Documents_restoreVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bytes of a version (default: current), as an attachment; inline previews for PDF and images. */
        get: operations["Documents_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/networks/{id}/document-folders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a folder in the library. */
        post: operations["Documents_createFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/document-folders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an empty folder. */
        delete: operations["Documents_deleteFolder"];
        options?: never;
        head?: never;
        /** Rename or move a folder (its creator, coordinators, the secretariat). */
        patch: operations["Documents_updateFolder"];
        trace?: never;
    };
    "/api/v1/admin/document-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retention of deleted documents and the storage quota per network. */
        get: operations["DocumentSettings_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the retention or the quota. */
        patch: operations["DocumentSettings_update"];
        trace?: never;
    };
    "/api/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first: filter by person (who acted or was acted on), action, network and period; `format=csv` for Excel. */
        get: operations["Audit_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My own data. A register extract (GDPR art. 15 and 20) as a zip, streamed: person.json, content.json (format in docs/register-extract.md), the documents uploaded, and index.html in Swedish. */
        get: operations["MyExtract_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/people/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One person's data, for the secretariat answering a request. A register extract (GDPR art. 15 and 20) as a zip, streamed: person.json, content.json (format in docs/register-extract.md), the documents uploaded, and index.html in Swedish. */
        post: operations["AdminExtract_export"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/people/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase a person (GDPR art. 17, within the archive law): irreversible, needs a reason. `dryRun=true` lists per kind what would be removed and what kept as a public record, and why. */
        post: operations["Erasure_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/records-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retention per kind of content, what an erasure keeps, and networks on legal hold; with defaults and reasons. */
        get: operations["RecordsSettings_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change retention days and erasure rules (only the kinds given). */
        patch: operations["RecordsSettings_update"];
        trace?: never;
    };
    "/api/v1/admin/networks/{id}/legal-hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put a network on legal hold (nothing in it is purged or removed at erasure) or lift the hold. */
        put: operations["RecordsSettings_legalHold"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the accessibility statement and the privacy notice show: contacts, review date, known gaps, retention periods. */
        get: operations["Legal_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/legal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set the contacts, review date and known gaps of the accessibility statement and the privacy notice. */
        patch: operations["Legal_update"];
        trace?: never;
    };
    "/api/v1/auth/discover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How an e-mail address signs in (its municipality’s provider or a password), from the domain alone. */
        get: operations["Sso_discover"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sends the browser to the municipality’s identity provider (code flow with PKCE, state and nonce). */
        get: operations["Sso_start"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the provider returns the browser; signs in and redirects, or shows a Swedish page saying what failed. */
        get: operations["Sso_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/identity-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipalities’ identity providers (client secrets are never returned). */
        get: operations["Providers_list"];
        put?: never;
        /** Add a municipality’s identity provider; its issuer is read through OpenID discovery. */
        post: operations["Providers_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/identity-providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a provider: its sign-ins end, its SCIM tokens stop working. */
        delete: operations["Providers_remove"];
        options?: never;
        head?: never;
        /** Change a provider; leave out clientSecret to keep the current one. */
        patch: operations["Providers_update"];
        trace?: never;
    };
    "/api/v1/admin/identity-providers/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fetch discovery and the signing keys (JWKS) now, and say in Swedish what is wrong. */
        post: operations["Providers_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/identity-providers/{id}/scim-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A bearer token for this provider’s SCIM provisioning; shown once, stored hashed. */
        post: operations["Providers_createScimToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/identity-providers/{id}/scim-tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a SCIM token. */
        delete: operations["Providers_deleteScimToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ComponentHealthDto: {
            /** @enum {string} */
            status: "available" | "unavailable";
            version?: string;
        };
        HealthDto: {
            /** @enum {string} */
            status: "ok" | "degraded";
            version: string;
            database: components["schemas"]["ComponentHealthDto"];
            search: components["schemas"]["ComponentHealthDto"];
        };
        ReadyDto: {
            /** @enum {string} */
            status: "ready";
        };
        SearchMunicipalityDto: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: string;
        };
        SearchExpertiseDto: {
            tag: string;
            askMe: boolean;
            mentor: boolean;
            learning: boolean;
        };
        PersonHighlightsDto: {
            /** @description Matching expertise, HTML-escaped with <mark> around the match. */
            expertise: string[];
            /** @description The title with <mark> around the match, if it matched. */
            title: string | null;
        };
        PersonHitDto: {
            /** Format: uuid */
            id: string;
            name: string;
            title: string;
            external: boolean;
            municipality: components["schemas"]["SearchMunicipalityDto"] | null;
            organisation: string | null;
            expertise: components["schemas"]["SearchExpertiseDto"][];
            highlights: components["schemas"]["PersonHighlightsDto"];
        };
        FacetValueDto: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: string;
            count: number;
        };
        FlagFacetsDto: {
            askMe: number;
            mentor: number;
            learning: number;
        };
        PeopleFacetsDto: {
            municipalities: components["schemas"]["FacetValueDto"][];
            /** @description Only networks whose members you may see. */
            networks: components["schemas"]["FacetValueDto"][];
            flags: components["schemas"]["FlagFacetsDto"];
        };
        PeopleSearchResultDto: {
            query: string;
            total: number;
            hits: components["schemas"]["PersonHitDto"][];
            facets: components["schemas"]["PeopleFacetsDto"];
        };
        NetworkHitDto: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: string;
            description: string;
            /** @enum {string} */
            visibility: "open" | "closed" | "secret";
            /** @description The name with <mark> around the match. */
            highlight: string;
        };
        PostHitDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            networkId: string;
            networkSlug: string;
            networkName: string;
            authorName: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description An excerpt, HTML-escaped, with <mark> around the match. */
            excerpt: string;
        };
        DocumentHitDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            networkId: string;
            networkSlug: string;
            networkName: string;
            title: string;
            /** @description pdf, docx, … */
            kind: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The title or a passage of the text, HTML-escaped, with <mark> around the match. */
            excerpt: string;
        };
        MessageHitDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            conversationId: string;
            /**
             * Format: uuid
             * @description The channel’s network; null in a direct conversation.
             */
            networkId: string | null;
            networkSlug: string | null;
            networkName: string | null;
            authorName: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description An excerpt, HTML-escaped, with <mark> around the match. */
            excerpt: string;
        };
        MeetingHitDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            networkId: string;
            networkSlug: string;
            networkName: string;
            title: string;
            /** Format: date-time */
            startsAt: string;
            cancelled: boolean;
            /** @description Where it matched (title, description, agenda or published minutes), HTML-escaped, with <mark>. */
            excerpt: string;
        };
        SearchCountsDto: {
            people: number;
            networks: number;
            posts: number;
            documents: number;
            messages: number;
            meetings: number;
        };
        SearchResultDto: {
            query: string;
            people: components["schemas"]["PersonHitDto"][];
            networks: components["schemas"]["NetworkHitDto"][];
            /** @description Posts in networks you may read (matches in the text or its comments). */
            posts: components["schemas"]["PostHitDto"][];
            /** @description Library documents in networks you may read (title, tags and the text of the current version). */
            documents: components["schemas"]["DocumentHitDto"][];
            /** @description Chat messages in channels you may read and in your own direct conversations. */
            messages: components["schemas"]["MessageHitDto"][];
            /** @description Meetings: title, description, agenda items and published minutes. */
            meetings: components["schemas"]["MeetingHitDto"][];
            /** @description Estimated matches per type among what you may see (for the tabs). */
            counts: components["schemas"]["SearchCountsDto"];
        };
        SuggestPersonDto: {
            /** Format: uuid */
            id: string;
            name: string;
            title: string;
            municipality: string | null;
            /** @description A guest from outside the municipalities (Region Skåne, police …). */
            external: boolean;
        };
        SuggestNetworkDto: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: string;
        };
        SuggestDocumentDto: {
            /** Format: uuid */
            id: string;
            title: string;
            kind: string;
            networkName: string;
        };
        SuggestResultDto: {
            people: components["schemas"]["SuggestPersonDto"][];
            networks: components["schemas"]["SuggestNetworkDto"][];
            documents: components["schemas"]["SuggestDocumentDto"][];
        };
        MailFileDto: {
            name: string;
            /** Format: date-time */
            createdAt: string;
            to: string;
            subject: string;
        };
        LoginDto: {
            /** @example anna.svensson@helsingborg.se */
            email: string;
            password: string;
        };
        SessionInfoDto: {
            /** Format: uuid */
            personId: string;
            /** @enum {string} */
            role: "admin" | "member" | "guest";
            /** @description Send as X-CSRF-Token on state-changing requests made with the session cookie. */
            csrfToken: string;
        };
        LogoutDto: {
            /** @description Where the browser goes to end the sign-in at the municipality’s identity provider too (null for a password sign-in). */
            providerLogoutUrl: string | null;
        };
        AcceptInvitationDto: {
            token: string;
            password: string;
        };
        SessionDto: {
            /** Format: uuid */
            id: string;
            userAgent: string;
            ip: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastSeenAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** @description The session this request was made with. */
            current: boolean;
        };
        ApiTokenDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The first characters, to recognise the token by. */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            expiresAt: string | null;
        };
        CreateTokenDto: {
            /** @example Export till intranätet */
            name: string;
            /** @description Days until it expires; omit for no expiry. */
            expiresInDays?: number;
        };
        CreatedApiTokenDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The first characters, to recognise the token by. */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            /** @description Shown once; send as `Authorization: Bearer <token>`. */
            token: string;
        };
        MunicipalityDto: {
            /** Format: uuid */
            id: string;
            /** @example angelholm */
            slug: string;
            /** @example Ängelholm */
            name: string;
        };
        ExpertiseDto: {
            /** @example säkerhetsskyddad upphandling */
            tag: string;
            /** @description "Fråga mig om" */
            askMe: boolean;
            /** @description "Kan vara mentor" */
            mentor: boolean;
            /** @description "Vill lära mig" */
            learning: boolean;
        };
        PersonNetworkDto: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: string;
            /** @enum {string} */
            role: "member" | "coordinator";
        };
        MeDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Null when the person hides it. */
            email: string | null;
            phone: string | null;
            title: string;
            bio: string;
            languages: string[];
            /** @enum {string} */
            role: "admin" | "member" | "guest";
            external: boolean;
            municipality: components["schemas"]["MunicipalityDto"] | null;
            organisation: string | null;
            expertise: components["schemas"]["ExpertiseDto"][];
            /** @description Networks the viewer may also see. */
            networks: components["schemas"]["PersonNetworkDto"][];
            disabled: boolean;
            showEmail: boolean;
            showPhone: boolean;
            emailAddress: string;
            phoneNumber: string;
        };
        UpdateMeDto: {
            name?: string;
            title?: string;
            bio?: string;
            languages?: string[];
            phone?: string;
            showEmail?: boolean;
            showPhone?: boolean;
            expertise?: components["schemas"]["ExpertiseDto"][];
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        PersonSummaryDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @example GIS-ingenjör */
            title: string;
            /** @enum {string} */
            role: "admin" | "member" | "guest";
            /** @description From outside the 11 municipalities (shown as "extern"). */
            external: boolean;
            municipality: components["schemas"]["MunicipalityDto"] | null;
            organisation: string | null;
            /** @description Expertise tags, in the order the person chose. */
            expertise: string[];
            disabled: boolean;
        };
        PeoplePageDto: {
            items: components["schemas"]["PersonSummaryDto"][];
            nextCursor: string | null;
        };
        PersonDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Null when the person hides it. */
            email: string | null;
            phone: string | null;
            title: string;
            bio: string;
            languages: string[];
            /** @enum {string} */
            role: "admin" | "member" | "guest";
            external: boolean;
            municipality: components["schemas"]["MunicipalityDto"] | null;
            organisation: string | null;
            expertise: components["schemas"]["ExpertiseDto"][];
            /** @description Networks the viewer may also see. */
            networks: components["schemas"]["PersonNetworkDto"][];
            disabled: boolean;
        };
        CreatePersonDto: {
            name: string;
            email: string;
            /** @enum {string} */
            role: "admin" | "member" | "guest";
            /** @description Municipality id or slug; required for members. */
            municipality?: string;
            /** @description Organisation; required for guests. */
            organisation?: string;
            title?: string;
            /** @description Omit to get an invitation link instead. */
            password?: string;
        };
        CreatedPersonDto: {
            person: components["schemas"]["PersonDto"];
            /** @description Send this link to the person; it works once, for 14 days. */
            invitationUrl: string | null;
        };
        ImportRowResultDto: {
            /** @description Line number in the file (the header is line 1). */
            line: number;
            email: string;
            /** @enum {string} */
            status: "created" | "updated" | "error";
            errors: string[];
        };
        ImportResultDto: {
            created: number;
            updated: number;
            failed: number;
            rows: components["schemas"]["ImportRowResultDto"][];
        };
        NetworkSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @example natverket-for-valfardsteknik */
            slug: string;
            /** @example Nätverket för välfärdsteknik */
            name: string;
            description: string;
            /** @enum {string} */
            kind: "kunskapsnatverk" | "arbetsgrupp" | "program";
            /** @enum {string} */
            visibility: "open" | "closed" | "secret";
            archived: boolean;
            /** @description Null when the viewer may not see the members. */
            memberCount: number | null;
            /** @enum {string|null} */
            myRole: "member" | "coordinator" | null;
            /** @description The viewer has asked to join and waits for a coordinator. */
            requested: boolean;
        };
        CreateNetworkDto: {
            /** @example Nätverket för välfärdsteknik */
            name: string;
            /** @description Made from the name when omitted. */
            slug?: string;
            description?: string;
            /** @enum {string} */
            kind: "kunskapsnatverk" | "arbetsgrupp" | "program";
            /** @enum {string} */
            visibility: "open" | "closed" | "secret";
        };
        CoverageDto: {
            represented: components["schemas"]["MunicipalityDto"][];
            missing: components["schemas"]["MunicipalityDto"][];
        };
        NetworkDto: {
            /** Format: uuid */
            id: string;
            /** @example natverket-for-valfardsteknik */
            slug: string;
            /** @example Nätverket för välfärdsteknik */
            name: string;
            description: string;
            /** @enum {string} */
            kind: "kunskapsnatverk" | "arbetsgrupp" | "program";
            /** @enum {string} */
            visibility: "open" | "closed" | "secret";
            archived: boolean;
            /** @description Null when the viewer may not see the members. */
            memberCount: number | null;
            /** @enum {string|null} */
            myRole: "member" | "coordinator" | null;
            /** @description The viewer has asked to join and waits for a coordinator. */
            requested: boolean;
            /** @description Which of the 11 municipalities take part; null for non-members of closed networks. */
            coverage: components["schemas"]["CoverageDto"] | null;
            /** @description Coordinators, when the viewer may see members. */
            coordinators: components["schemas"]["PersonSummaryDto"][];
            /** @description The viewer may manage members and join requests. */
            canManage: boolean;
        };
        UpdateNetworkDto: {
            name?: string;
            description?: string;
            /** @enum {string} */
            kind?: "kunskapsnatverk" | "arbetsgrupp" | "program";
            /** @enum {string} */
            visibility?: "open" | "closed" | "secret";
            archived?: boolean;
        };
        JoinDto: {
            /** @description A note to the coordinator (closed networks). */
            message?: string;
        };
        JoinResultDto: {
            /** @enum {string} */
            status: "joined" | "requested" | "already-member" | "already-requested";
        };
        MemberDto: {
            person: components["schemas"]["PersonSummaryDto"];
            /** @enum {string} */
            role: "member" | "coordinator";
            /** Format: date-time */
            joinedAt: string;
        };
        MembersDto: {
            items: components["schemas"]["MemberDto"][];
            coverage: components["schemas"]["CoverageDto"];
        };
        AddMemberDto: {
            /** Format: uuid */
            personId: string;
            /** @enum {string} */
            role: "member" | "coordinator";
        };
        JoinRequestDto: {
            /** Format: uuid */
            id: string;
            person: components["schemas"]["PersonSummaryDto"];
            message: string;
            /** Format: date-time */
            createdAt: string;
        };
        NetworkRefDto: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: string;
        };
        ManagedJoinRequestDto: {
            /** Format: uuid */
            id: string;
            person: components["schemas"]["PersonSummaryDto"];
            message: string;
            /** Format: date-time */
            createdAt: string;
            network: components["schemas"]["NetworkRefDto"];
        };
        AuthorDto: {
            /** Format: uuid */
            id: string;
            name: string;
            title: string;
            external: boolean;
            /** @description Municipality, or organisation for guests. */
            affiliation: string | null;
        };
        ReactionCountDto: {
            /** @enum {string} */
            kind: "like" | "heart" | "celebrate" | "thanks" | "idea";
            count: number;
            /** @description I reacted so. */
            mine: boolean;
        };
        AttachmentDto: {
            /** Format: uuid */
            id: string;
            /** @description false: deleted since, or in a network the viewer may not read; then nothing else is told. */
            available: boolean;
            title: string | null;
            /** @description pdf, docx, … */
            kind: string | null;
            size: number | null;
        };
        PostDto: {
            /** Format: uuid */
            id: string;
            network: components["schemas"]["NetworkRefDto"];
            author: components["schemas"]["AuthorDto"] | null;
            /** @description The markdown as written (empty when deleted). */
            body: string;
            /** @description Sanitised HTML rendered on the server (empty when deleted). */
            html: string;
            /** @description A tombstone: the text is gone, the record stays. */
            deleted: boolean;
            announcement: boolean;
            /** @description Members are asked to press "Läst och förstått". */
            requiresAck: boolean;
            pinned: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            editedAt: string | null;
            commentCount: number;
            reactions: components["schemas"]["ReactionCountDto"][];
            ackCount: number;
            /** @description Library documents of the network attached to the post. */
            attachments: components["schemas"]["AttachmentDto"][];
            acknowledgedByMe: boolean;
            /** @description The viewer may edit the text (the author). */
            canEdit: boolean;
            /** @description The viewer may delete it, pin it and make it an announcement. */
            canModerate: boolean;
        };
        PostPageDto: {
            items: components["schemas"]["PostDto"][];
            nextCursor: string | null;
        };
        PreviewDto: {
            body: string;
            /** @description Network id or slug, to resolve mentions of its members. */
            network?: string;
        };
        PreviewResultDto: {
            /** @description The sanitised HTML the post would get. */
            html: string;
        };
        CreatePostDto: {
            /** @description Markdown; mentions as @[Namn](person-id). */
            body: string;
            /** @description Coordinators: an announcement. */
            announcement?: boolean;
            /** @description Coordinators: members are asked to acknowledge it. */
            requiresAck?: boolean;
            /** @description Ids of documents in the network's library to attach (at most 10). */
            documentIds?: string[];
        };
        CommentDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            parentId: string | null;
            author: components["schemas"]["AuthorDto"] | null;
            html: string;
            deleted: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @description The viewer may delete it (its author or a coordinator). */
            canDelete: boolean;
        };
        PostWithCommentsDto: {
            /** Format: uuid */
            id: string;
            network: components["schemas"]["NetworkRefDto"];
            author: components["schemas"]["AuthorDto"] | null;
            /** @description The markdown as written (empty when deleted). */
            body: string;
            /** @description Sanitised HTML rendered on the server (empty when deleted). */
            html: string;
            /** @description A tombstone: the text is gone, the record stays. */
            deleted: boolean;
            announcement: boolean;
            /** @description Members are asked to press "Läst och förstått". */
            requiresAck: boolean;
            pinned: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            editedAt: string | null;
            commentCount: number;
            reactions: components["schemas"]["ReactionCountDto"][];
            ackCount: number;
            /** @description Library documents of the network attached to the post. */
            attachments: components["schemas"]["AttachmentDto"][];
            acknowledgedByMe: boolean;
            /** @description The viewer may edit the text (the author). */
            canEdit: boolean;
            /** @description The viewer may delete it, pin it and make it an announcement. */
            canModerate: boolean;
            /** @description Top-level comments, each followed by its replies, oldest first. */
            comments: components["schemas"]["CommentDto"][];
        };
        UpdatePostDto: {
            body?: string;
            announcement?: boolean;
            requiresAck?: boolean;
            /** @description Replaces the attached documents (the author). */
            documentIds?: string[];
        };
        RevisionDto: {
            body: string;
            editorName: string | null;
            /** Format: date-time */
            replacedAt: string;
        };
        CreateCommentDto: {
            body: string;
            /**
             * Format: uuid
             * @description Reply to this top-level comment.
             */
            parentId?: string;
        };
        AckGroupDto: {
            /** @description Municipality, or organisation for guests. */
            affiliation: string;
            people: components["schemas"]["AuthorDto"][];
        };
        AcknowledgementsDto: {
            acknowledged: components["schemas"]["AckGroupDto"][];
            pending: components["schemas"]["AckGroupDto"][];
        };
        HubEventDto: {
            id: string;
            type: string;
            networkId: string | null;
            data: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            at: string;
        };
        EventsPageDto: {
            events: components["schemas"]["HubEventDto"][];
            /** @description Ask again with this as `after`. */
            latest: string;
        };
        OnlineDto: {
            /** Format: uuid */
            networkId: string;
            /** @description Ids of the members connected now; `presence` events tell the changes. */
            online: string[];
        };
        ChatAuthorDto: {
            /** Format: uuid */
            id: string;
            name: string;
            external: boolean;
        };
        ConversationDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "network" | "direct";
            /** @description The network name, or the other person’s name. */
            title: string;
            /** Format: uuid */
            networkId: string | null;
            /** @description The other person of a direct conversation. */
            other: components["schemas"]["ChatAuthorDto"] | null;
            unread: number;
            /** Format: date-time */
            lastMessageAt: string | null;
        };
        OpenDirectDto: {
            /** Format: uuid */
            personId: string;
        };
        MessageDto: {
            /** Format: uuid */
            id: string;
            /** @description Order within the conversation; use as read position. */
            seq: string;
            /** Format: uuid */
            conversationId: string;
            author: components["schemas"]["ChatAuthorDto"] | null;
            /** @description Empty when deleted. */
            body: string;
            /** @description Sanitised HTML (empty when deleted). */
            html: string;
            deleted: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            editedAt: string | null;
            mine: boolean;
            /** @description Attached library documents; in a direct conversation one the viewer may not read shows as unavailable. */
            attachments: components["schemas"]["AttachmentDto"][];
        };
        MessagePageDto: {
            /** @description Newest first. */
            items: components["schemas"]["MessageDto"][];
            /** @description Pass as `before` for older messages. */
            nextCursor: string | null;
        };
        SendMessageDto: {
            body: string;
            /** @description Library documents to attach (at most 5; in a network channel, from that network). */
            documentIds?: string[];
        };
        MarkReadDto: {
            /** @description The seq of the last message read. */
            seq: string;
        };
        NotificationDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "mention" | "reply" | "announcement" | "join_request" | "meeting_announced" | "meeting_changed" | "meeting_cancelled" | "minutes_published" | "agenda_proposed" | "action_assigned";
            /** @description Who did it. */
            actorName: string | null;
            /** Format: uuid */
            networkId: string;
            networkSlug: string;
            networkName: string;
            /** Format: uuid */
            postId: string | null;
            /**
             * Format: uuid
             * @description The comment (mentions in comments, replies).
             */
            commentId: string | null;
            /** Format: uuid */
            meetingId: string | null;
            meetingTitle: string | null;
            /** Format: date-time */
            createdAt: string;
            read: boolean;
        };
        NotificationPageDto: {
            items: components["schemas"]["NotificationDto"][];
            nextCursor: string | null;
            unread: number;
        };
        MarkNotificationsReadDto: {
            /** @description These; omit to mark all as read. */
            ids?: string[];
            /**
             * Format: uuid
             * @description Only those about this post (the web app sends it when the post is opened).
             */
            postId?: string;
            /**
             * Format: uuid
             * @description Only those about this meeting (sent when the meeting is opened).
             */
            meetingId?: string;
        };
        NotificationSettingDto: {
            /** Format: uuid */
            networkId: string;
            networkName: string;
            /**
             * @description all: everything; important: mentions and announcements; none: nothing.
             * @enum {string}
             */
            level: "all" | "important" | "none";
        };
        SetLevelDto: {
            /** @enum {string} */
            level: "all" | "important" | "none";
        };
        RsvpCountsDto: {
            yes: number;
            no: number;
            maybe: number;
            /** @description Yes answers beyond the capacity, in order. */
            waitlisted: number;
        };
        MyAnswerDto: {
            /** @enum {string} */
            answer: "yes" | "no" | "maybe";
            waitlisted: boolean;
            comment: string;
        };
        MeetingDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            networkId: string;
            networkSlug: string;
            networkName: string;
            title: string;
            description: string;
            /** @description Sanitised HTML of the description. */
            descriptionHtml: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            location: string;
            videoUrl: string;
            capacity: number | null;
            /** Format: date-time */
            rsvpDeadline: string | null;
            cancelled: boolean;
            organizerName: string | null;
            counts: components["schemas"]["RsvpCountsDto"];
            myAnswer: components["schemas"]["MyAnswerDto"] | null;
            /** @description The viewer may edit and cancel it. */
            canManage: boolean;
        };
        CreateMeetingDto: {
            title: string;
            /** @description Agenda/description in markdown (sanitised). */
            description?: string;
            /**
             * Format: date-time
             * @example 2026-12-08T09:00:00+01:00
             */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @description Address. */
            location?: string;
            /** @description https link to the video meeting. */
            videoUrl?: string;
            capacity?: number | null;
            /** Format: date-time */
            rsvpDeadline?: string | null;
        };
        CalendarFeedDto: {
            /** Format: uuid */
            id: string;
            networkName: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CreateFeedDto: {
            /**
             * Format: uuid
             * @description Only this network; omit for all my networks.
             */
            networkId?: string;
        };
        CreatedCalendarFeedDto: {
            /** Format: uuid */
            id: string;
            networkName: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Subscribe to this address in Outlook, Google, Apple or Thunderbird; shown once. */
            url: string;
        };
        UpdateMeetingDto: {
            title?: string;
            description?: string;
            /** Format: date-time */
            startsAt?: string;
            /** Format: date-time */
            endsAt?: string;
            location?: string;
            videoUrl?: string;
            capacity?: number | null;
            /** Format: date-time */
            rsvpDeadline?: string | null;
        };
        RsvpDto: {
            /**
             * @description ja / nej / kanske
             * @enum {string}
             */
            answer: "yes" | "no" | "maybe";
            comment?: string;
        };
        AttendeeDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            answer: "yes" | "no" | "maybe";
            waitlisted: boolean;
            comment: string;
        };
        AttendeeGroupDto: {
            affiliation: string;
            people: components["schemas"]["AttendeeDto"][];
        };
        PersonRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        AgendaItemDto: {
            /** Format: uuid */
            id: string;
            title: string;
            details: string;
            /** @enum {string} */
            status: "proposed" | "accepted" | "declined";
            /** @description Order on the agenda (accepted items). */
            position: number;
            /** @description Minutes set aside. */
            durationMinutes: number | null;
            /** @description Planned start (Europe/Stockholm, HH:MM), from the order and durations. */
            startsAt: string | null;
            proposedBy: components["schemas"]["PersonRefDto"] | null;
            /** @description The viewer may withdraw it (the proposer while it is proposed, coordinators). */
            canDelete: boolean;
        };
        ActionItemDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            meetingId: string;
            meetingTitle: string;
            /** Format: date-time */
            meetingStartsAt: string;
            title: string;
            owner: components["schemas"]["PersonRefDto"] | null;
            /** @description YYYY-MM-DD */
            dueOn: string | null;
            done: boolean;
            /** Format: date-time */
            doneAt: string | null;
        };
        AgendaDto: {
            /** @description Accepted items in order, then proposals, then declined ones. */
            items: components["schemas"]["AgendaItemDto"][];
            /** @description Open action items from earlier meetings of the network: they stay on the agenda until done. */
            carriedOver: components["schemas"]["ActionItemDto"][];
            /** @description The viewer may propose items (members, before the meeting starts). */
            canPropose: boolean;
            /** @description The viewer may accept, order and time items (coordinators). */
            canManage: boolean;
        };
        ProposeAgendaItemDto: {
            title: string;
            details?: string;
        };
        UpdateAgendaItemDto: {
            title?: string;
            details?: string;
            /** @enum {string} */
            status?: "proposed" | "accepted" | "declined";
            position?: number;
            durationMinutes?: number | null;
        };
        MinutesDto: {
            /** Format: uuid */
            meetingId: string;
            /**
             * @description none: nothing written yet (or a draft the viewer may not see).
             * @enum {string}
             */
            status: "none" | "draft" | "published";
            /** @description Markdown: the draft for those who write the minutes, the published text for everyone else. */
            body: string;
            /** @description Sanitised HTML of `body`. */
            html: string;
            /** @description Sanitised HTML of the minutes as last published (what members see); empty before publishing. */
            publishedHtml: string;
            /** @description For writers: the draft has changes not yet published. */
            unpublishedChanges: boolean;
            /** Format: date-time */
            publishedAt: string | null;
            publishedBy: components["schemas"]["PersonRefDto"] | null;
            /**
             * Format: uuid
             * @description The copy in the network’s document library.
             */
            documentId: string | null;
            noteTaker: components["schemas"]["PersonRefDto"] | null;
            actionItems: components["schemas"]["ActionItemDto"][];
            /** @description Library documents attached to the minutes (shown once published; writers see them at once). */
            attachments: components["schemas"]["AttachmentDto"][];
            /** @description The viewer may write and publish (coordinators and the note-taker). */
            canEdit: boolean;
        };
        SaveMinutesDto: {
            /** @description Markdown: decisions and notes. */
            body: string;
            /** @description Documents of the network's library attached to the minutes (replaces the list; at most 10). */
            documentIds?: string[];
        };
        NoteTakerDto: {
            /** Format: uuid */
            personId: string | null;
        };
        CreateActionItemDto: {
            title: string;
            /** Format: uuid */
            ownerId?: string | null;
            /** @description YYYY-MM-DD */
            dueOn?: string | null;
        };
        UpdateActionItemDto: {
            title?: string;
            /** Format: uuid */
            ownerId?: string | null;
            /** @description YYYY-MM-DD */
            dueOn?: string | null;
            done?: boolean;
        };
        MeetingMailSettingDto: {
            /** Format: uuid */
            networkId: string;
            networkName: string;
            /** @description Invitations, changes, cancellations and 24-hour reminders by e-mail. */
            enabled: boolean;
        };
        SetMeetingMailDto: {
            enabled: boolean;
        };
        MunicipalityCountDto: {
            municipality: string;
            /** @description Yes answers (not waiting) to meetings held. */
            attendees: number;
        };
        NetworkReportDto: {
            /** Format: uuid */
            networkId: string;
            networkName: string;
            /** @description Meetings that took place (not cancelled, ended within the year). */
            meetingsHeld: number;
            meetingsCancelled: number;
            /** @description Yes answers to meetings held. */
            attendance: number;
            byMunicipality: components["schemas"]["MunicipalityCountDto"][];
            minutesPublished: number;
            /** @description Action items from the year’s meetings not yet done. */
            openActionItems: number;
        };
        MeetingReportDto: {
            year: number;
            networks: components["schemas"]["NetworkReportDto"][];
        };
        ExtractionDto: {
            /**
             * @description pending: being read; done: searchable; failed: see reason; none: nothing to read (images).
             * @enum {string}
             */
            status: "pending" | "done" | "failed" | "none";
            /** @description Why the text could not be read (Swedish). */
            reason: string | null;
        };
        DocumentDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            networkId: string;
            networkSlug: string;
            networkName: string;
            title: string;
            /** Format: uuid */
            folderId: string | null;
            tags: string[];
            /** @description File type of the current version: pdf, docx, xlsx, pptx, odt, ods, odp, txt, md, csv, png, jpg. */
            kind: string;
            mediaType: string;
            /** @description File name of the current version. */
            fileName: string;
            /** @description Size of the current version in bytes. */
            size: number;
            /** @description Number of the current version. */
            version: number;
            uploadedBy: components["schemas"]["PersonRefDto"] | null;
            /** @description Who made the current version. */
            updatedBy: components["schemas"]["PersonRefDto"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            extraction: components["schemas"]["ExtractionDto"];
            /** @description The viewer may rename, move, tag and delete it (uploader, coordinators, secretariat). */
            canEdit: boolean;
            /**
             * Format: date-time
             * @description Set when it is in the waste bin.
             */
            deletedAt: string | null;
            /**
             * Format: date-time
             * @description When a deleted document is removed for good.
             */
            purgeAt: string | null;
        };
        FolderDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            parentId: string | null;
            name: string;
            /** @description Live documents directly in it. */
            documentCount: number;
            canEdit: boolean;
        };
        TagCountDto: {
            tag: string;
            count: number;
        };
        UsageDto: {
            /** @description Bytes of every kept version, deleted documents included until they are removed. */
            usedBytes: number;
            quotaBytes: number;
            /** @description Largest accepted file. */
            maxFileBytes: number;
        };
        LibraryDto: {
            documents: components["schemas"]["DocumentDto"][];
            /** @description Pass as cursor for the next page. */
            nextCursor: string | null;
            /** @description Every folder of the library (build the tree from parentId). */
            folders: components["schemas"]["FolderDto"][];
            tags: components["schemas"]["TagCountDto"][];
            usage: components["schemas"]["UsageDto"];
            /** @description The viewer may upload. */
            canUpload: boolean;
            /** @description The viewer may see and restore deleted documents (coordinators, secretariat). */
            canModerate: boolean;
            /** @description File types the library accepts. */
            allowedExtensions: string[];
        };
        UploadFieldsDto: {
            /**
             * Format: binary
             * @description The file (one per request).
             */
            file: string;
            /**
             * Format: uuid
             * @description Folder to put it in (new documents).
             */
            folderId?: string;
            /** @description Comma-separated tags (new documents). */
            tags?: string;
            /** @description What changed (versions). */
            note?: string;
        };
        VersionDto: {
            /** Format: uuid */
            id: string;
            number: number;
            fileName: string;
            kind: string;
            mediaType: string;
            size: number;
            /** @description SHA-256 of the bytes (hex). */
            sha256: string;
            note: string;
            /** @description The version this one restored. */
            restoredFrom: number | null;
            createdBy: components["schemas"]["PersonRefDto"] | null;
            /** Format: date-time */
            createdAt: string;
        };
        DocumentDetailDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            networkId: string;
            networkSlug: string;
            networkName: string;
            title: string;
            /** Format: uuid */
            folderId: string | null;
            tags: string[];
            /** @description File type of the current version: pdf, docx, xlsx, pptx, odt, ods, odp, txt, md, csv, png, jpg. */
            kind: string;
            mediaType: string;
            /** @description File name of the current version. */
            fileName: string;
            /** @description Size of the current version in bytes. */
            size: number;
            /** @description Number of the current version. */
            version: number;
            uploadedBy: components["schemas"]["PersonRefDto"] | null;
            /** @description Who made the current version. */
            updatedBy: components["schemas"]["PersonRefDto"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            extraction: components["schemas"]["ExtractionDto"];
            /** @description The viewer may rename, move, tag and delete it (uploader, coordinators, secretariat). */
            canEdit: boolean;
            /**
             * Format: date-time
             * @description Set when it is in the waste bin.
             */
            deletedAt: string | null;
            /**
             * Format: date-time
             * @description When a deleted document is removed for good.
             */
            purgeAt: string | null;
            /** @description Newest first. */
            versions: components["schemas"]["VersionDto"][];
        };
        UpdateDocumentDto: {
            title?: string;
            /**
             * Format: uuid
             * @description null moves it to the top level.
             */
            folderId?: string | null;
            tags?: string[];
        };
        CreateFolderDto: {
            name: string;
            /** Format: uuid */
            parentId?: string | null;
        };
        UpdateFolderDto: {
            name?: string;
            /** Format: uuid */
            parentId?: string | null;
        };
        DocumentSettingsDto: {
            /** @description Days a deleted document is kept before it is removed for good. */
            retentionDays: number;
            /** @description Storage per network (MB). */
            networkQuotaMb: number;
        };
        UpdateDocumentSettingsDto: {
            retentionDays?: number;
            networkQuotaMb?: number;
        };
        AuditEntryDto: {
            seq: number;
            /** Format: date-time */
            at: string;
            /** @description What happened, e.g. auth.signed_in, person.erased. */
            action: string;
            /** Format: uuid */
            actorId: string | null;
            /** @description Current name of who acted; null for the hub itself. */
            actorName: string | null;
            /** Format: uuid */
            networkId: string | null;
            networkName: string | null;
            /** Format: uuid */
            subjectId: string | null;
            /** @description Current name of the person acted on, when it is a person. */
            subjectName: string | null;
            ip: string | null;
            detail: {
                [key: string]: unknown;
            };
        };
        AuditPageDto: {
            items: components["schemas"]["AuditEntryDto"][];
            nextCursor: string | null;
        };
        EraseDto: {
            /** @description Why the person is erased (required unless dryRun); kept in the audit log, with the person's name and e-mail address replaced by "Tidigare medlem". */
            reason?: string;
        };
        ErasureItemDto: {
            kind: string;
            /** @description The kind in Swedish. */
            label: string;
            count: number;
            /** @description Why it is kept (kept items only). */
            why?: string;
        };
        ErasurePlanDto: {
            /** Format: uuid */
            personId: string;
            /** @description True when nothing was changed. */
            dryRun: boolean;
            removed: components["schemas"]["ErasureItemDto"][];
            /** @description Kept as public records, with the author shown as "Tidigare medlem". */
            kept: components["schemas"]["ErasureItemDto"][];
        };
        RetentionRuleDto: {
            kind: string;
            label: string;
            days: number;
            defaultDays: number;
            /** @description The fewest days the hub accepts for this kind. */
            minDays: number;
            /** @description Why the default is what it is. */
            why: string;
        };
        ErasureRuleDto: {
            kind: string;
            label: string;
            keep: boolean;
            defaultKeep: boolean;
            why: string;
        };
        LegalHoldDto: {
            /** Format: uuid */
            networkId: string;
            name: string;
            /** Format: date-time */
            since: string;
            reason: string;
        };
        RecordsSettingsDto: {
            retention: components["schemas"]["RetentionRuleDto"][];
            erasure: components["schemas"]["ErasureRuleDto"][];
            legalHolds: components["schemas"]["LegalHoldDto"][];
        };
        RetentionDaysDto: {
            /** @description Days kept. */
            network_chat?: number;
            /** @description Days kept. */
            direct_messages?: number;
            /** @description Days kept. */
            notifications?: number;
            /** @description Days kept. */
            event_log?: number;
            /** @description Days kept. */
            sessions?: number;
            /** @description Days kept. */
            mail_files?: number;
            /** @description Days kept. */
            deleted_documents?: number;
            /** @description Days kept. */
            audit_log?: number;
        };
        ErasureKeepDto: {
            /** @description true: kept as a public record at erasure; false: removed. */
            posts?: boolean;
            /** @description true: kept as a public record at erasure; false: removed. */
            comments?: boolean;
            /** @description true: kept as a public record at erasure; false: removed. */
            network_chat?: boolean;
            /** @description true: kept as a public record at erasure; false: removed. */
            direct_messages?: boolean;
            /** @description true: kept as a public record at erasure; false: removed. */
            documents?: boolean;
            /** @description true: kept as a public record at erasure; false: removed. */
            minutes?: boolean;
        };
        UpdateRecordsSettingsDto: {
            /** @description Days each kind is kept before the nightly retention run removes it. */
            retention?: components["schemas"]["RetentionDaysDto"];
            /** @description What an erasure keeps as a public record. */
            erasure?: components["schemas"]["ErasureKeepDto"];
        };
        LegalHoldRequestDto: {
            /** @description true: put the network on legal hold (nothing in it is purged); false: lift it. */
            hold: boolean;
            /** @description Why (e.g. a dispute or a request for documents); shown to the secretariat. */
            reason?: string;
        };
        AccessibilityContactDto: {
            /** @description E-mail for reports and requests for accessible content ("" when none). */
            email: string;
            /** @description Phone number ("" when none). */
            phone: string;
            /** @description Address of a form ("" when none). */
            formUrl: string;
            /**
             * Format: date
             * @description When the statement was last reviewed.
             */
            reviewedOn: string;
            /** @description Known gaps, in Swedish. */
            gaps: string[];
        };
        RetentionPeriodDto: {
            label: string;
            days: number;
        };
        PrivacyContactDto: {
            /** @description The controller (personuppgiftsansvarig). */
            controller: string;
            email: string;
            phone: string;
            /** @description The data-protection officer (dataskyddsombud), "" when none. */
            dpoEmail: string;
            /** @description How long each kind of content is kept (the secretariat’s retention rules). */
            retention: components["schemas"]["RetentionPeriodDto"][];
        };
        LegalDto: {
            accessibility: components["schemas"]["AccessibilityContactDto"];
            privacy: components["schemas"]["PrivacyContactDto"];
        };
        UpdateLegalDto: {
            /** @description Accessibility contact e-mail ("" removes it). */
            accessibilityEmail?: string;
            /** @description Phone number ("" removes it). */
            accessibilityPhone?: string;
            /** @description https address of a form ("" removes it). */
            accessibilityFormUrl?: string;
            /** Format: date */
            accessibilityReviewedOn?: string;
            /** @description Known gaps (replaces the list). */
            accessibilityGaps?: string[];
            /** @description The controller (personuppgiftsansvarig). */
            privacyController?: string;
            /** @description Controller contact e-mail ("" removes it). */
            privacyEmail?: string;
            /** @description Phone number ("" removes it). */
            privacyPhone?: string;
            /** @description Data-protection officer e-mail ("" removes it). */
            privacyDpoEmail?: string;
        };
        DiscoverProviderDto: {
            /** @example Landskronas konto */
            name: string;
        };
        DiscoverDto: {
            /** @enum {string} */
            method: "sso" | "password";
            provider?: components["schemas"]["DiscoverProviderDto"];
            /** @description Whether a hub password may also be used for this domain (false where the provider is set to sign-in through it only). */
            password: boolean;
        };
        ScimTokenDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The first characters, to tell tokens apart. */
            prefix: string;
            createdAt: string;
            lastUsedAt: string | null;
        };
        ProviderDto: {
            /** Format: uuid */
            id: string;
            municipality: components["schemas"]["MunicipalityDto"];
            name: string;
            issuer: string;
            clientId: string;
            domains: string[];
            ssoOnly: boolean;
            createPeople: boolean;
            /** @description Register this as the redirect URI at the provider. */
            redirectUri: string;
            /** @description Register this as the post-logout redirect URI at the provider. */
            postLogoutRedirectUri: string;
            /** @description Tenant URL for SCIM provisioning. */
            scimUrl: string;
            scimTokens: components["schemas"]["ScimTokenDto"][];
        };
        CreateProviderDto: {
            /**
             * @description Id or slug of the municipality.
             * @example landskrona
             */
            municipality: string;
            /** @example Landskronas konto */
            name: string;
            /** @example https://login.microsoftonline.com/<katalog-id>/v2.0 */
            issuer: string;
            clientId: string;
            /** @description Kept encrypted; never returned. */
            clientSecret: string;
            /**
             * @example [
             *       "landskrona.se"
             *     ]
             */
            domains: string[];
            ssoOnly: boolean;
            createPeople: boolean;
        };
        UpdateProviderDto: {
            municipality?: string;
            name?: string;
            issuer?: string;
            clientId?: string;
            /** @description A new secret; leave out to keep the current one. */
            clientSecret?: string;
            domains?: string[];
            ssoOnly?: boolean;
            createPeople?: boolean;
        };
        ProviderCheckItemDto: {
            /** @enum {string} */
            name: "discovery" | "jwks";
            ok: boolean;
            /** @description What was found or what is wrong, in Swedish. */
            message: string;
        };
        ProviderCheckDto: {
            ok: boolean;
            checks: components["schemas"]["ProviderCheckItemDto"][];
        };
        CreateScimTokenDto: {
            /** @example Entra ID provisioning */
            name: string;
        };
        CreatedScimTokenDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The first characters, to tell tokens apart. */
            prefix: string;
            createdAt: string;
            lastUsedAt: string | null;
            /** @description Shown once: give it to the directory’s provisioning (Secret Token). */
            token: string;
        };
        FieldErrorDto: {
            /** @example title */
            field: string;
            /**
             * @description In Swedish, naming the field.
             * @example Titel ska vara 1–200 tecken.
             */
            message: string;
        };
        ProblemDto: {
            /** @example /problems/validation */
            type: string;
            /** @example Uppgifterna kunde inte godtas */
            title: string;
            /** @example 400 */
            status: number;
            /** @example Kontrollera de markerade fälten. */
            detail: string;
            /** @example /api/v1/me */
            instance?: string;
            /** @enum {string} */
            code: "bad-request" | "validation" | "malformed-json" | "unauthenticated" | "invalid-credentials" | "csrf" | "forbidden" | "not-found" | "conflict" | "payload-too-large" | "unsupported-media-type" | "file-refused" | "quota-exceeded" | "too-many-requests" | "method-not-allowed" | "internal" | "unavailable";
            errors?: components["schemas"]["FieldErrorDto"][];
            /** @description For 5xx: quote it to the secretariat. */
            errorId?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Health_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadyDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Search_people: {
        parameters: {
            query?: {
                /** @description What to look for: expertise, title, name… (empty lists everyone). */
                q?: string;
                /** @description Municipality id or slug. */
                municipality?: string;
                /** @description Network id or slug (only networks whose members you may see). */
                network?: string;
                /** @description "fråga mig om", "kan vara mentor", "vill lära mig"; repeat for several (people with any of them). */
                flag?: ("askMe" | "mentor" | "learning")[];
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeopleSearchResultDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Search_all: {
        parameters: {
            query: {
                q: string;
                type?: "people" | "networks" | "posts" | "documents" | "messages" | "meetings";
                /** @description Only within this network (id or slug); it must be one whose content you may read. */
                network?: string;
                /** @description People of this municipality only (id or slug). */
                municipality?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResultDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Search_suggest: {
        parameters: {
            query: {
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestResultDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Mail_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailFileDto"][];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Mail_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfoDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogoutDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfoDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MySecurity_sessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"][];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MySecurity_revokeSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MySecurity_tokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenDto"][];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MySecurity_createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTokenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiTokenDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MySecurity_revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    People_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    People_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    People_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    People_list: {
        parameters: {
            query?: {
                /** @description Only people whose name contains this (any case). */
                name?: string;
                /** @description Municipality id or slug. */
                municipality?: string;
                /** @description Network id or slug: only its members. */
                network?: string;
                /** @description Cursor from the previous page. */
                cursor?: string;
                limit?: number;
                /** @description Admins only: include disabled people. */
                includeDisabled?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeoplePageDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    People_person: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    People_municipalities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityDto"][];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminPeople_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePersonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedPersonDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminPeople_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminPeople_enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminPeople_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
                "text/csv": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Networks_list: {
        parameters: {
            query?: {
                scope?: "mine" | "discover" | "all";
                /** @description Admins: include archived networks. */
                includeArchived?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkSummaryDto"][];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Networks_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNetworkDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Networks_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Network id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Networks_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Network id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNetworkDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Networks_join: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Network id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinResultDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Networks_members: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Network id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembersDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Networks_addMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Network id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMemberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembersDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Networks_removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Network id or slug */
                id: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Networks_joinRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Network id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinRequestDto"][];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Networks_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Network id or slug */
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Networks_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Network id or slug */
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    JoinRequests_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedJoinRequestDto"][];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Feed_home: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                /** @description true: only pinned posts; false: leave pinned posts out; omitted: all. */
                pinned?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostPageDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Feed_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewResultDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Feed_list: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                /** @description true: only pinned posts; false: leave pinned posts out; omitted: all. */
                pinned?: string;
            };
            header?: never;
            path: {
                /** @description Network id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostPageDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Feed_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Network id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePostDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Feed_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostWithCommentsDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Feed_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Feed_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePostDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Feed_pin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Feed_unpin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Feed_revisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionDto"][];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Feed_comment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Feed_removeComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Feed_react: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                kind: "like" | "heart" | "celebrate" | "thanks" | "idea";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Feed_unreact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                kind: "like" | "heart" | "celebrate" | "thanks" | "idea";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Feed_acknowledgements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcknowledgementsDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Feed_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Events_since: {
        parameters: {
            query: {
                /** @description The id of the last event you have; 0 for the latest id only. */
                after: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventsPageDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Presence_online: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Network id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnlineDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Chat_conversations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationDto"][];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Chat_direct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenDirectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Chat_channel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Network id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Chat_messages: {
        parameters: {
            query?: {
                /** @description Messages older than this seq. */
                before?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePageDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Chat_send: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Chat_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkReadDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Chat_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Chat_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Notifications_page: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Notifications_read: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkNotificationsReadDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Notifications_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettingDto"][];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Notifications_setLevel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Network id or slug */
                networkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetLevelDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettingDto"][];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_list: {
        parameters: {
            query?: {
                when?: "upcoming" | "past";
            };
            header?: never;
            path: {
                /** @description Network id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"][];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Network id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeetingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_calendar: {
        parameters: {
            query?: {
                /** @description From this time (e.g. the first day of a month); with `to`, past meetings too. */
                from?: string;
                /** @description Up to this time (at most a year after `from`). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"][];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_feed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description <token>.ics from the feed address */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_feeds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedDto"][];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_createFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFeedDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedCalendarFeedDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_revokeFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Meeting id; <id>.ics for the iCalendar file */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeetingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_rsvp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RsvpDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meetings_attendees: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendeeGroupDto"][];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingCycle_agenda: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingCycle_propose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeAgendaItemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingCycle_deleteAgendaItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingCycle_updateAgendaItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgendaItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingCycle_minutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingCycle_saveMinutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveMinutesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingCycle_publishMinutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingCycle_setNoteTaker: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteTakerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingCycle_createActionItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActionItemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItemDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingCycle_updateActionItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateActionItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItemDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingCycle_networkActionItems: {
        parameters: {
            query?: {
                status?: "open" | "all";
            };
            header?: never;
            path: {
                /** @description Network id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItemDto"][];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingCycle_mailSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingMailSettingDto"][];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingCycle_setMail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                networkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetMeetingMailDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingMailSettingDto"][];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeetingCycle_report: {
        parameters: {
            query: {
                year: number;
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingReportDto"];
                    "text/csv": components["schemas"]["MeetingReportDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Documents_library: {
        parameters: {
            query?: {
                /** @description A folder id, or "root" for the top level; unset lists every folder. */
                folder?: string;
                /** @description Only documents with this tag. */
                tag?: string;
                /** @description Words in the title or file name. */
                q?: string;
                /** @description true: the waste bin (coordinators and the secretariat). */
                deleted?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description Network id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Documents_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Network id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadFieldsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetailDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Documents_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetailDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Documents_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Documents_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDocumentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetailDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Documents_undelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetailDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Documents_addVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadFieldsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetailDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Documents_restoreVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetailDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Documents_download: {
        parameters: {
            query?: {
                /** @description Version number or version id; unset: the current version. */
                version?: string;
                /** @description inline: preview of PDF and images only. */
                disposition?: "attachment" | "inline";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Documents_createFolder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Network id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFolderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FolderDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Documents_deleteFolder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Documents_updateFolder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFolderDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DocumentSettings_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentSettingsDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DocumentSettings_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDocumentSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentSettingsDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Audit_list: {
        parameters: {
            query?: {
                /** @description A person: rows where they acted or were acted on. */
                person?: string;
                /** @description An action (auth.signed_in, auth.sign_in_failed, token.created, token.revoked, person.created, people.imported, person.disabled, person.enabled, person.exported, person.erased, network.created, network.changed, network.archived, network.legal_hold, member.added, member.removed, member.role_changed, join_request.approved, join_request.rejected, settings.changed, document.downloaded, retention.run) or a prefix ending in a dot, e.g. `auth.`. */
                action?: string;
                /** @description A network. */
                network?: string;
                /** @description From this date or time (inclusive), ISO 8601. */
                from?: string;
                /** @description Up to this date or time (exclusive), ISO 8601. */
                to?: string;
                /** @description Cursor from the previous page. */
                cursor?: string;
                limit?: number;
                /** @description `csv`: the whole selection as a CSV file for Excel. */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                    "text/csv": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MyExtract_export: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminExtract_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Erasure_erase: {
        parameters: {
            query?: {
                /** @description `true`: only list what would be removed and kept; change nothing. */
                dryRun?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EraseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasurePlanDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RecordsSettings_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordsSettingsDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RecordsSettings_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRecordsSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordsSettingsDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RecordsSettings_legalHold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Network id or slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LegalHoldRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordsSettingsDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Legal_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Legal_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLegalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Sso_discover: {
        parameters: {
            query: {
                email: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscoverDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Sso_start: {
        parameters: {
            query: {
                email: string;
                /** @description A path on the hub to return to after signing in. */
                returnTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the provider’s sign-in page. */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Sso_callback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in: to the path the sign-in started from. */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Providers_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderDto"][];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Providers_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProviderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Providers_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Providers_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProviderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Providers_test: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderCheckDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Providers_createScimToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateScimTokenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedScimTokenDto"];
                };
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Providers_deleteScimToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ett fel, som application/problem+json (RFC 9457). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}
