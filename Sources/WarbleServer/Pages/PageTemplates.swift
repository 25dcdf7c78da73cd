/// The server-rendered pages' templates. Mustache escapes every `{{value}}` for HTML; nothing here
/// uses the unescaped `{{{…}}}` form. Kept in the binary so that an install is one file.
enum PageTemplates {
    static let header = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · Warble</title>
        </head>
        <body>
        <main>
        <h1>{{title}}</h1>
        """

    static let footer = """
        </main>
        </body>
        </html>
        """

    static let signIn = """
        {{> header}}
        <p>Sign in with your company directory account to let <strong>{{applicationName}}</strong> use Warble.</p>
        {{#message}}<p role="alert">{{message}}</p>{{/message}}
        <form method="post" action="/oauth/authorize">
        {{> hidden}}
        <input type="hidden" name="action" value="sign_in">
        <p><label for="username">User name</label><br><input id="username" name="username" autocomplete="username" required value="{{username}}"></p>
        <p><label for="password">Password</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
        <p><button type="submit">Sign in</button></p>
        </form>
        {{> footer}}
        """

    static let consent = """
        {{> header}}
        <p>Signed in as <strong>@{{username}}</strong>.</p>
        <p><strong>{{applicationName}}</strong> asks to:</p>
        <ul>{{#scopes}}<li>{{.}}</li>{{/scopes}}</ul>
        <form method="post" action="/oauth/authorize">
        {{> hidden}}
        <button type="submit" name="decision" value="allow">Allow</button>
        <button type="submit" name="decision" value="deny">Deny</button>
        </form>
        {{> footer}}
        """

    static let code = """
        {{> header}}
        <p>Copy this code into <strong>{{applicationName}}</strong>:</p>
        <p><output id="code">{{code}}</output></p>
        {{> footer}}
        """

    static let error = """
        {{> header}}
        <p role="alert">{{message}}</p>
        {{> footer}}
        """

    /// The request's parameters carried through the forms, and the form's CSRF token.
    static let hidden = """
        <input type="hidden" name="csrf_token" value="{{csrfToken}}">
        <input type="hidden" name="client_id" value="{{clientID}}">
        <input type="hidden" name="redirect_uri" value="{{redirectURI}}">
        <input type="hidden" name="scope" value="{{scope}}">
        <input type="hidden" name="state" value="{{state}}">
        <input type="hidden" name="response_type" value="code">
        """
}
