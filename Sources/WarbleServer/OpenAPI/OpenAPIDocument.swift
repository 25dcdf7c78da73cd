/// The OpenAPI 3.1 description of every route Warble serves: Mastodon's client API as Warble
/// implements it, and Warble's extensions (groups under `/api/v1/warble/…`). Served at
/// `GET /api/openapi.json`; a test checks it against the router.
enum OpenAPIDocument {
    static let json = #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "Warble",
    "version": "0.1.0",
    "description": "Warble, the organisation's internal microblog. This is Mastodon's client API as of Mastodon 4.3, as Warble implements it, plus Warble's extensions: groups (under `/api/v1/warble/…`, and a status's `group`), Atom feeds, health and metrics.\n\nBodies are taken as JSON, `application/x-www-form-urlencoded` or `multipart/form-data` (arrays as `key[]`). Ids are strings of digits. Paged lists take `max_id`, `since_id`, `min_id` and `limit` and link their neighbours in a `Link` header. Every error has the `Error` body. Requests with a token are rate limited per token, others per address (the routes under `/api/`, `/oauth/`, `/.well-known/` and the feeds): answers carry `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset`, and over the limit are 429 with `Retry-After`. Any request that fails unexpectedly is a 500 with the `Error` body."
  },
  "servers": [
    {
      "url": "/"
    }
  ],
  "tags": [
    {
      "name": "health",
      "description": "Liveness, readiness and metrics."
    },
    {
      "name": "instance",
      "description": "What the server is and what it takes."
    },
    {
      "name": "oauth",
      "description": "Applications, tokens and the authorization-code grant's pages."
    },
    {
      "name": "accounts",
      "description": "Profiles, relationships, follow, block and mute."
    },
    {
      "name": "statuses",
      "description": "Posts and what readers do with them."
    },
    {
      "name": "timelines",
      "description": "Paged lists of posts."
    },
    {
      "name": "notifications",
      "description": "The reader's notifications."
    },
    {
      "name": "streaming",
      "description": "Server-sent events and the WebSocket stream."
    },
    {
      "name": "lists",
      "description": "The reader's lists."
    },
    {
      "name": "conversations",
      "description": "Threads of direct posts."
    },
    {
      "name": "media",
      "description": "Uploads and the signed links that serve them."
    },
    {
      "name": "search",
      "description": "Search and trends."
    },
    {
      "name": "tags",
      "description": "Hashtags."
    },
    {
      "name": "preferences",
      "description": "Preferences, markers, blocks and mutes."
    },
    {
      "name": "groups",
      "description": "Warble's extension: groups, under `/api/v1/warble/groups`."
    },
    {
      "name": "feeds",
      "description": "Atom feeds of public posts, for signed-in readers."
    },
    {
      "name": "compliance",
      "description": "Warble's extension for auditors and compliance officers: the hash-chained audit log (`/api/v1/warble/audit`), legal holds (`/api/v1/warble/holds`) and the DLP review queue (`/api/v1/warble/dlp/flags`)."
    },
    {
      "name": "compatibility",
      "description": "Mastodon features Warble does not have, answered with empty lists as clients expect."
    }
  ],
  "paths": {
    "/.well-known/oauth-authorization-server": {
      "get": {
        "operationId": "getOAuthServerMetadata",
        "tags": [
          "oauth"
        ],
        "summary": "OAuth authorization server metadata (RFC 8414)",
        "security": [],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OAuthServerMetadata"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/openapi.json": {
      "get": {
        "operationId": "getOpenAPIDocument",
        "tags": [
          "instance"
        ],
        "summary": "This OpenAPI document",
        "security": [],
        "responses": {
          "200": {
            "description": "The OpenAPI 3.1 document.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/api/v1/accounts/lookup": {
      "get": {
        "operationId": "lookupAccount",
        "tags": [
          "accounts"
        ],
        "summary": "An account by handle",
        "description": "Scopes: `read:accounts` or `read`.",
        "parameters": [
          {
            "name": "acct",
            "in": "query",
            "schema": {
              "type": "string"
            },
            "description": "`name`, `@name` or `name@this.host`."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:accounts"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:accounts"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Account"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/accounts/relationships": {
      "get": {
        "operationId": "getRelationships",
        "tags": [
          "accounts"
        ],
        "summary": "How the reader stands to accounts",
        "description": "Scopes: `read:follows` or `read`.",
        "parameters": [
          {
            "name": "id[]",
            "in": "query",
            "schema": {
              "type": "array",
              "items": {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            },
            "description": "Account ids.",
            "style": "form",
            "explode": true
          },
          {
            "name": "id",
            "in": "query",
            "schema": {
              "type": "array",
              "items": {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            },
            "description": "Account ids (without brackets).",
            "style": "form",
            "explode": true
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:follows"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:follows"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "In the order asked; ids that name no account are left out.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Relationship"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/accounts/search": {
      "get": {
        "operationId": "searchAccounts",
        "tags": [
          "accounts"
        ],
        "summary": "Accounts whose handle, name or email contains the query",
        "description": "Scopes: `read:accounts` or `read`.",
        "parameters": [
          {
            "name": "q",
            "in": "query",
            "schema": {
              "type": "string"
            },
            "description": "What to look for (a leading `@` is dropped); empty gives `[]`."
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 80,
              "default": 40
            },
            "description": "How many results; clamped to 1…80; not a number means 40."
          },
          {
            "name": "offset",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "default": 0
            },
            "description": "How many results to skip."
          },
          {
            "name": "following",
            "in": "query",
            "schema": {
              "type": "boolean",
              "default": false
            },
            "description": "Only accounts the reader follows (`true` or `1`; anything else is false)."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:accounts"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:accounts"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "Ordered by handle.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Account"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/accounts/verify_credentials": {
      "get": {
        "operationId": "verifyCredentials",
        "tags": [
          "accounts"
        ],
        "summary": "The reader's own account",
        "description": "Scopes: `read:accounts` or `read` or `profile`.",
        "security": [
          {
            "oauth2": [
              "read:accounts"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "oauth2": [
              "profile"
            ]
          },
          {
            "bearerAuth": [
              "read:accounts"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "profile"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CredentialAccount"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/accounts/{id}": {
      "get": {
        "operationId": "getAccount",
        "tags": [
          "accounts"
        ],
        "summary": "An account",
        "description": "Scopes: `read:accounts` or `read`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:accounts"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:accounts"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Account"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/accounts/{id}/block": {
      "post": {
        "operationId": "blockAccount",
        "tags": [
          "accounts"
        ],
        "summary": "Block an account (403 for oneself)",
        "description": "Scopes: `write:blocks` or `write` or `follow`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "write:blocks"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "oauth2": [
              "follow"
            ]
          },
          {
            "bearerAuth": [
              "write:blocks"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "follow"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The relationship afterwards.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Relationship"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/accounts/{id}/follow": {
      "post": {
        "operationId": "followAccount",
        "tags": [
          "accounts"
        ],
        "summary": "Follow an account (403 for oneself, or when either blocks the other)",
        "description": "Scopes: `write:follows` or `write` or `follow`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "write:follows"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "oauth2": [
              "follow"
            ]
          },
          {
            "bearerAuth": [
              "write:follows"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "follow"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The relationship afterwards.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Relationship"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/accounts/{id}/followers": {
      "get": {
        "operationId": "getAccountFollowers",
        "tags": [
          "accounts"
        ],
        "summary": "Who follows an account",
        "description": "Scopes: `read:accounts` or `read`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          },
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 80,
              "default": 40
            },
            "description": "How many results; clamped to 1…80; not a number means 40."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:accounts"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:accounts"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Account"
                  }
                }
              }
            },
            "headers": {
              "Link": {
                "$ref": "#/components/headers/Link"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/accounts/{id}/following": {
      "get": {
        "operationId": "getAccountFollowing",
        "tags": [
          "accounts"
        ],
        "summary": "Whom an account follows",
        "description": "Scopes: `read:accounts` or `read`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          },
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 80,
              "default": 40
            },
            "description": "How many results; clamped to 1…80; not a number means 40."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:accounts"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:accounts"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Account"
                  }
                }
              }
            },
            "headers": {
              "Link": {
                "$ref": "#/components/headers/Link"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/accounts/{id}/lists": {
      "get": {
        "operationId": "getAccountLists",
        "tags": [
          "lists"
        ],
        "summary": "The reader's lists that contain an account",
        "description": "Scopes: `read:lists` or `read`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:lists"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:lists"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/List"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/accounts/{id}/mute": {
      "post": {
        "operationId": "muteAccount",
        "tags": [
          "accounts"
        ],
        "summary": "Mute an account (403 for oneself)",
        "description": "Scopes: `write:mutes` or `write` or `follow`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "requestBody": {
          "description": "Optional; a body that does not decode is ignored.",
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MuteForm"
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/MuteForm"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/MuteForm"
              }
            }
          }
        },
        "security": [
          {
            "oauth2": [
              "write:mutes"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "oauth2": [
              "follow"
            ]
          },
          {
            "bearerAuth": [
              "write:mutes"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "follow"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The relationship afterwards.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Relationship"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/accounts/{id}/statuses": {
      "get": {
        "operationId": "getAccountStatuses",
        "tags": [
          "accounts"
        ],
        "summary": "An account's posts",
        "description": "Scopes: `read:statuses` or `read`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          },
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 40,
              "default": 20
            },
            "description": "How many results; clamped to 1…40; not a number means 20."
          },
          {
            "name": "exclude_replies",
            "in": "query",
            "schema": {
              "type": "boolean",
              "default": false
            },
            "description": "Leave out replies (`true` or `1`; anything else is false)."
          },
          {
            "name": "exclude_reblogs",
            "in": "query",
            "schema": {
              "type": "boolean",
              "default": false
            },
            "description": "Leave out reblogs (`true` or `1`; anything else is false)."
          },
          {
            "name": "pinned",
            "in": "query",
            "schema": {
              "type": "boolean",
              "default": false
            },
            "description": "Only pinned posts (`true` or `1`; anything else is false)."
          },
          {
            "name": "only_media",
            "in": "query",
            "schema": {
              "type": "boolean",
              "default": false
            },
            "description": "Only posts with files (`true` or `1`; anything else is false)."
          },
          {
            "name": "tagged",
            "in": "query",
            "schema": {
              "type": "string"
            },
            "description": "Only posts with this hashtag; not a valid hashtag: 404."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Status"
                  }
                }
              }
            },
            "headers": {
              "Link": {
                "$ref": "#/components/headers/Link"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/accounts/{id}/unblock": {
      "post": {
        "operationId": "unblockAccount",
        "tags": [
          "accounts"
        ],
        "summary": "Unblock an account",
        "description": "Scopes: `write:blocks` or `write` or `follow`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "write:blocks"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "oauth2": [
              "follow"
            ]
          },
          {
            "bearerAuth": [
              "write:blocks"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "follow"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The relationship afterwards.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Relationship"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/accounts/{id}/unfollow": {
      "post": {
        "operationId": "unfollowAccount",
        "tags": [
          "accounts"
        ],
        "summary": "Stop following an account",
        "description": "Scopes: `write:follows` or `write` or `follow`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "write:follows"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "oauth2": [
              "follow"
            ]
          },
          {
            "bearerAuth": [
              "write:follows"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "follow"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The relationship afterwards.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Relationship"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/accounts/{id}/unmute": {
      "post": {
        "operationId": "unmuteAccount",
        "tags": [
          "accounts"
        ],
        "summary": "Unmute an account",
        "description": "Scopes: `write:mutes` or `write` or `follow`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "write:mutes"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "oauth2": [
              "follow"
            ]
          },
          {
            "bearerAuth": [
              "write:mutes"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "follow"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The relationship afterwards.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Relationship"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/announcements": {
      "get": {
        "operationId": "getAnnouncements",
        "tags": [
          "compatibility"
        ],
        "summary": "Announcements (none)",
        "description": "Scopes: `read`.",
        "security": [
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/apps": {
      "post": {
        "operationId": "createApplication",
        "tags": [
          "oauth"
        ],
        "summary": "Register an application",
        "description": "400 for an unknown scope or a body without `client_name`; 422 for a blank or too long name or a redirect URI that is not absolute.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateApplicationForm"
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/CreateApplicationForm"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/CreateApplicationForm"
              }
            }
          }
        },
        "security": [],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreatedApplication"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/blocks": {
      "get": {
        "operationId": "getBlocks",
        "tags": [
          "preferences"
        ],
        "summary": "The people the reader blocks",
        "description": "Scopes: `read:blocks` or `read` or `follow`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 80,
              "default": 40
            },
            "description": "How many results; clamped to 1…80; not a number means 40."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:blocks"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "oauth2": [
              "follow"
            ]
          },
          {
            "bearerAuth": [
              "read:blocks"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "follow"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Account"
                  }
                }
              }
            },
            "headers": {
              "Link": {
                "$ref": "#/components/headers/Link"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/bookmarks": {
      "get": {
        "operationId": "getBookmarks",
        "tags": [
          "timelines"
        ],
        "summary": "The reader's bookmarks",
        "description": "Scopes: `read:bookmarks` or `read`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 40,
              "default": 20
            },
            "description": "How many results; clamped to 1…40; not a number means 20."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:bookmarks"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:bookmarks"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Status"
                  }
                }
              }
            },
            "headers": {
              "Link": {
                "$ref": "#/components/headers/Link"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/conversations": {
      "get": {
        "operationId": "getConversations",
        "tags": [
          "conversations"
        ],
        "summary": "Threads of direct posts",
        "description": "Scopes: `read:statuses` or `read`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 40,
              "default": 20
            },
            "description": "How many results; clamped to 1…40; not a number means 20."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Conversation"
                  }
                }
              }
            },
            "headers": {
              "Link": {
                "$ref": "#/components/headers/Link"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/conversations/{id}": {
      "delete": {
        "operationId": "hideConversation",
        "tags": [
          "conversations"
        ],
        "summary": "Hide a conversation",
        "description": "Scopes: `write:conversations` or `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "write:conversations"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:conversations"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyObject"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/conversations/{id}/read": {
      "post": {
        "operationId": "readConversation",
        "tags": [
          "conversations"
        ],
        "summary": "Mark a conversation read",
        "description": "Scopes: `write:conversations` or `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "write:conversations"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:conversations"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Conversation"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/custom_emojis": {
      "get": {
        "operationId": "getCustomEmojis",
        "tags": [
          "compatibility"
        ],
        "summary": "Custom emoji (none)",
        "security": [],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/api/v1/domain_blocks": {
      "get": {
        "operationId": "getDomainBlocks",
        "tags": [
          "compatibility"
        ],
        "summary": "Domain blocks (none)",
        "description": "Scopes: `read`.",
        "security": [
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/endorsements": {
      "get": {
        "operationId": "getEndorsements",
        "tags": [
          "compatibility"
        ],
        "summary": "Endorsements (none)",
        "description": "Scopes: `read`.",
        "security": [
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/favourites": {
      "get": {
        "operationId": "getFavourites",
        "tags": [
          "timelines"
        ],
        "summary": "The reader's favourites",
        "description": "Scopes: `read:favourites` or `read`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 40,
              "default": 20
            },
            "description": "How many results; clamped to 1…40; not a number means 20."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:favourites"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:favourites"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Status"
                  }
                }
              }
            },
            "headers": {
              "Link": {
                "$ref": "#/components/headers/Link"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/featured_tags": {
      "get": {
        "operationId": "getFeaturedTags",
        "tags": [
          "compatibility"
        ],
        "summary": "Featured tags (none)",
        "description": "Scopes: `read`.",
        "security": [
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/filters": {
      "get": {
        "operationId": "getFiltersV1",
        "tags": [
          "compatibility"
        ],
        "summary": "Filters (none)",
        "description": "Scopes: `read`.",
        "security": [
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/follow_requests": {
      "get": {
        "operationId": "getFollowRequests",
        "tags": [
          "compatibility"
        ],
        "summary": "Follow requests (none: accounts are not locked)",
        "description": "Scopes: `read`.",
        "security": [
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/followed_tags": {
      "get": {
        "operationId": "getFollowedTags",
        "tags": [
          "tags"
        ],
        "summary": "The hashtags the reader follows",
        "description": "Scopes: `read:follows` or `read` or `follow`.",
        "security": [
          {
            "oauth2": [
              "read:follows"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "oauth2": [
              "follow"
            ]
          },
          {
            "bearerAuth": [
              "read:follows"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "follow"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Tag"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/instance": {
      "get": {
        "operationId": "getInstanceV1",
        "tags": [
          "instance"
        ],
        "summary": "The server's version, limits and addresses (v1)",
        "description": "Also answered with a trailing slash, as Mastodon.py asks for it.",
        "security": [],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Instance"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/api/v1/lists": {
      "get": {
        "operationId": "getLists",
        "tags": [
          "lists"
        ],
        "summary": "The reader's lists",
        "description": "Scopes: `read:lists` or `read`.",
        "security": [
          {
            "oauth2": [
              "read:lists"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:lists"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/List"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "post": {
        "operationId": "createList",
        "tags": [
          "lists"
        ],
        "summary": "Create a list",
        "description": "422 for a title that is not 1 to 100 characters, or an unknown replies policy.\n\nScopes: `write:lists` or `write`.",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ListForm"
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/ListForm"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/ListForm"
              }
            }
          }
        },
        "security": [
          {
            "oauth2": [
              "write:lists"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:lists"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/List"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/lists/{id}": {
      "get": {
        "operationId": "getList",
        "tags": [
          "lists"
        ],
        "summary": "A list",
        "description": "Scopes: `read:lists` or `read`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:lists"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:lists"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/List"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "put": {
        "operationId": "updateList",
        "tags": [
          "lists"
        ],
        "summary": "Change a list",
        "description": "Scopes: `write:lists` or `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ListForm"
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/ListForm"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/ListForm"
              }
            }
          }
        },
        "security": [
          {
            "oauth2": [
              "write:lists"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:lists"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/List"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "deleteList",
        "tags": [
          "lists"
        ],
        "summary": "Delete a list",
        "description": "Scopes: `write:lists` or `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "write:lists"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:lists"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyObject"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/lists/{id}/accounts": {
      "get": {
        "operationId": "getListAccounts",
        "tags": [
          "lists"
        ],
        "summary": "The people on a list",
        "description": "Scopes: `read:lists` or `read`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          },
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 80,
              "default": 40
            },
            "description": "How many results; clamped to 1…80; not a number means 40."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:lists"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:lists"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Account"
                  }
                }
              }
            },
            "headers": {
              "Link": {
                "$ref": "#/components/headers/Link"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "post": {
        "operationId": "addListAccounts",
        "tags": [
          "lists"
        ],
        "summary": "Add people (whom the reader follows) to a list",
        "description": "422 when no ids are given or one is not a number, or the reader does not follow one of them.\n\nScopes: `write:lists` or `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          },
          {
            "name": "account_ids[]",
            "in": "query",
            "schema": {
              "type": "array",
              "items": {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            },
            "description": "Account ids; when given, the body is not read.",
            "style": "form",
            "explode": true
          }
        ],
        "requestBody": {
          "description": "`account_ids[]`, unless given in the query; a body that does not decode counts as none.",
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ListAccountsForm"
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/ListAccountsForm"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/ListAccountsForm"
              }
            }
          }
        },
        "security": [
          {
            "oauth2": [
              "write:lists"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:lists"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyObject"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "removeListAccounts",
        "tags": [
          "lists"
        ],
        "summary": "Take people off a list",
        "description": "422 when no ids are given or one is not a number.\n\nScopes: `write:lists` or `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          },
          {
            "name": "account_ids[]",
            "in": "query",
            "schema": {
              "type": "array",
              "items": {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            },
            "description": "Account ids; when given, the body is not read.",
            "style": "form",
            "explode": true
          }
        ],
        "requestBody": {
          "description": "`account_ids[]`, unless given in the query; a body that does not decode counts as none.",
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ListAccountsForm"
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/ListAccountsForm"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/ListAccountsForm"
              }
            }
          }
        },
        "security": [
          {
            "oauth2": [
              "write:lists"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:lists"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyObject"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/markers": {
      "get": {
        "operationId": "getMarkers",
        "tags": [
          "preferences"
        ],
        "summary": "Where the reader stopped reading",
        "description": "Scopes: `read:statuses` or `read`.",
        "parameters": [
          {
            "name": "timeline[]",
            "in": "query",
            "schema": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "description": "Timelines: `home`, `notifications`; others are ignored.",
            "style": "form",
            "explode": true
          },
          {
            "name": "timeline",
            "in": "query",
            "schema": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "description": "As `timeline[]`.",
            "style": "form",
            "explode": true
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Markers"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "post": {
        "operationId": "saveMarkers",
        "tags": [
          "preferences"
        ],
        "summary": "Save where the reader stopped reading",
        "description": "422 when neither timeline is given, or one is given without `last_read_id`.\n\nScopes: `write:statuses` or `write`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MarkersForm"
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/MarkersForm"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/MarkersForm"
              }
            }
          }
        },
        "security": [
          {
            "oauth2": [
              "write:statuses"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:statuses"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The markers saved.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Markers"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/media": {
      "post": {
        "operationId": "uploadMediaV1",
        "tags": [
          "media"
        ],
        "summary": "Upload a file",
        "description": "400 for a malformed multipart body; 413 for a file over the size limit; 422 for a body that is not multipart, a missing or empty `file`, a description over 1500 characters, or a file type Warble does not take.\n\nScopes: `write:media` or `write`.",
        "requestBody": {
          "required": true,
          "content": {
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/MediaUploadForm"
              },
              "encoding": {
                "file": {
                  "contentType": "*/*"
                }
              }
            }
          }
        },
        "security": [
          {
            "oauth2": [
              "write:media"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:media"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The upload, ready to attach (always 200: processing is synchronous).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MediaAttachment"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/media/{id}": {
      "get": {
        "operationId": "getMedia",
        "tags": [
          "media"
        ],
        "summary": "One of the reader's uploads",
        "description": "Scopes: `read:statuses` or `read` or `write:media` or `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "oauth2": [
              "write:media"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "write:media"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MediaAttachment"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "put": {
        "operationId": "describeMedia",
        "tags": [
          "media"
        ],
        "summary": "Change an upload's description",
        "description": "Scopes: `write:media` or `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MediaDescriptionForm"
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/MediaDescriptionForm"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/MediaDescriptionForm"
              }
            }
          }
        },
        "security": [
          {
            "oauth2": [
              "write:media"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:media"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MediaAttachment"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/mutes": {
      "get": {
        "operationId": "getMutes",
        "tags": [
          "preferences"
        ],
        "summary": "The people the reader mutes",
        "description": "Scopes: `read:mutes` or `read` or `follow`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 80,
              "default": 40
            },
            "description": "How many results; clamped to 1…80; not a number means 40."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:mutes"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "oauth2": [
              "follow"
            ]
          },
          {
            "bearerAuth": [
              "read:mutes"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "follow"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Account"
                  }
                }
              }
            },
            "headers": {
              "Link": {
                "$ref": "#/components/headers/Link"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/notifications": {
      "get": {
        "operationId": "getNotifications",
        "tags": [
          "notifications"
        ],
        "summary": "The reader's notifications",
        "description": "Scopes: `read:notifications` or `read`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 80,
              "default": 40
            },
            "description": "How many results; clamped to 1…80; not a number means 40."
          },
          {
            "name": "types[]",
            "in": "query",
            "schema": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "description": "Only these types. Notification types (also comma-separated): mention, status, reblog, follow, favourite, update; others are ignored. Only unknown types: an empty list.",
            "style": "form",
            "explode": true
          },
          {
            "name": "types",
            "in": "query",
            "schema": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "description": "As `types[]`.",
            "style": "form",
            "explode": true
          },
          {
            "name": "exclude_types[]",
            "in": "query",
            "schema": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "description": "Leave out these types. Notification types (also comma-separated): mention, status, reblog, follow, favourite, update; others are ignored.",
            "style": "form",
            "explode": true
          },
          {
            "name": "exclude_types",
            "in": "query",
            "schema": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "description": "As `exclude_types[]`.",
            "style": "form",
            "explode": true
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:notifications"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:notifications"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "Notifications whose post the reader can no longer see are left out.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Notification"
                  }
                }
              }
            },
            "headers": {
              "Link": {
                "$ref": "#/components/headers/Link"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/notifications/clear": {
      "post": {
        "operationId": "clearNotifications",
        "tags": [
          "notifications"
        ],
        "summary": "Dismiss all notifications",
        "description": "Scopes: `write:notifications` or `write`.",
        "security": [
          {
            "oauth2": [
              "write:notifications"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:notifications"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyObject"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/notifications/{id}": {
      "get": {
        "operationId": "getNotification",
        "tags": [
          "notifications"
        ],
        "summary": "A notification",
        "description": "Scopes: `read:notifications` or `read`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:notifications"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:notifications"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Notification"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/notifications/{id}/dismiss": {
      "post": {
        "operationId": "dismissNotification",
        "tags": [
          "notifications"
        ],
        "summary": "Dismiss a notification",
        "description": "Scopes: `write:notifications` or `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "write:notifications"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:notifications"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyObject"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/preferences": {
      "get": {
        "operationId": "getPreferences",
        "tags": [
          "preferences"
        ],
        "summary": "The reader's preferences (Warble's defaults)",
        "description": "Scopes: `read:accounts` or `read`.",
        "security": [
          {
            "oauth2": [
              "read:accounts"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:accounts"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Preferences"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/statuses": {
      "post": {
        "operationId": "createStatus",
        "tags": [
          "statuses"
        ],
        "summary": "Post",
        "description": "404 when the post replied to, or a secret group, cannot be seen; 403 when posting in a group one is not an active member of; 422 for an empty post without files, a post over the character limit, a bad visibility, language or Idempotency-Key, more than 4 files, or files that are not the reader's unattached uploads. DLP: the text and the content warning are checked against `dlp.yaml` before anything is stored. A `block` rule answers 422 with the rule's message as `error` and `Warble-DLP: block`; nothing is stored. A `warn` rule answers 422 with its message and `Warble-DLP: warn` until the same request comes with `dlp_confirmed=true`. A `flag` rule lets the post through and queues it for compliance review; the author is not told.\n\nScopes: `write:statuses` or `write`.",
        "parameters": [
          {
            "name": "Idempotency-Key",
            "in": "header",
            "description": "1 to 256 characters; a retried post with the same key is not made twice.",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 256
            }
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/StatusForm"
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/StatusForm"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/StatusForm"
              }
            }
          }
        },
        "security": [
          {
            "oauth2": [
              "write:statuses"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:statuses"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The new post (or, for a repeated `Idempotency-Key`, the post made then).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Status"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/StatusUnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/statuses/{id}": {
      "get": {
        "operationId": "getStatus",
        "tags": [
          "statuses"
        ],
        "summary": "A post",
        "description": "Scopes: `read:statuses` or `read`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Status"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "put": {
        "operationId": "editStatus",
        "tags": [
          "statuses"
        ],
        "summary": "Edit a post",
        "description": "Changes the text, content warning and sensitivity; the earlier version goes to the history. Only the author may edit (403). DLP: the text and the content warning are checked against `dlp.yaml` before anything is stored. A `block` rule answers 422 with the rule's message as `error` and `Warble-DLP: block`; nothing is stored. A `warn` rule answers 422 with its message and `Warble-DLP: warn` until the same request comes with `dlp_confirmed=true`. A `flag` rule lets the post through and queues it for compliance review; the author is not told.\n\nScopes: `write:statuses` or `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/StatusForm"
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/StatusForm"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/StatusForm"
              }
            }
          }
        },
        "security": [
          {
            "oauth2": [
              "write:statuses"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:statuses"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The post as edited.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Status"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/StatusUnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "deleteStatus",
        "tags": [
          "statuses"
        ],
        "summary": "Delete a post",
        "description": "Only the author may delete (403).\n\nScopes: `write:statuses` or `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "write:statuses"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:statuses"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The deleted post, with its source `text` (for delete and redraft).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Status"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/statuses/{id}/bookmark": {
      "post": {
        "operationId": "bookmarkStatus",
        "tags": [
          "statuses"
        ],
        "summary": "Bookmark a post",
        "description": "Scopes: `write:bookmarks` or `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "write:bookmarks"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:bookmarks"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The post afterwards.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Status"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/statuses/{id}/context": {
      "get": {
        "operationId": "getStatusContext",
        "tags": [
          "statuses"
        ],
        "summary": "A post's thread",
        "description": "Scopes: `read:statuses` or `read`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Context"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/statuses/{id}/favourite": {
      "post": {
        "operationId": "favouriteStatus",
        "tags": [
          "statuses"
        ],
        "summary": "Favourite a post",
        "description": "Scopes: `write:favourites` or `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "write:favourites"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:favourites"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The post afterwards.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Status"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/statuses/{id}/favourited_by": {
      "get": {
        "operationId": "getStatusFavouritedBy",
        "tags": [
          "statuses"
        ],
        "summary": "Who favourited a post",
        "description": "Scopes: `read:accounts` or `read` or `read:statuses`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          },
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 80,
              "default": 20
            },
            "description": "How many results; clamped to 1…80; not a number means 20."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:accounts"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read:accounts"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Account"
                  }
                }
              }
            },
            "headers": {
              "Link": {
                "$ref": "#/components/headers/Link"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/statuses/{id}/history": {
      "get": {
        "operationId": "getStatusHistory",
        "tags": [
          "statuses"
        ],
        "summary": "A post's versions",
        "description": "Scopes: `read:statuses` or `read`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "Oldest first.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/StatusEdit"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/statuses/{id}/pin": {
      "post": {
        "operationId": "pinStatus",
        "tags": [
          "statuses"
        ],
        "summary": "Pin one's own post to one's profile (403 for others' and direct posts, or beyond 5 pins)",
        "description": "Scopes: `write:accounts` or `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "write:accounts"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:accounts"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The post afterwards.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Status"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/statuses/{id}/reblog": {
      "post": {
        "operationId": "reblogStatus",
        "tags": [
          "statuses"
        ],
        "summary": "Reblog a post",
        "description": "Others' posts must be public or unlisted (403); one's own private posts are reblogged to one's followers. 422 for a bad or `direct` visibility.\n\nScopes: `write:statuses` or `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "requestBody": {
          "description": "Optional; a body that does not decode is ignored.",
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ReblogForm"
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/ReblogForm"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/ReblogForm"
              }
            }
          }
        },
        "security": [
          {
            "oauth2": [
              "write:statuses"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:statuses"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The reblog, whose `reblog` holds the shared post (the existing reblog when already reblogged).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Status"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/statuses/{id}/reblogged_by": {
      "get": {
        "operationId": "getStatusRebloggedBy",
        "tags": [
          "statuses"
        ],
        "summary": "Who reblogged a post",
        "description": "Scopes: `read:accounts` or `read` or `read:statuses`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          },
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 80,
              "default": 20
            },
            "description": "How many results; clamped to 1…80; not a number means 20."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:accounts"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read:accounts"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Account"
                  }
                }
              }
            },
            "headers": {
              "Link": {
                "$ref": "#/components/headers/Link"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/statuses/{id}/source": {
      "get": {
        "operationId": "getStatusSource",
        "tags": [
          "statuses"
        ],
        "summary": "What the author typed",
        "description": "Scopes: `read:statuses` or `read`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/StatusSource"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/statuses/{id}/unbookmark": {
      "post": {
        "operationId": "unbookmarkStatus",
        "tags": [
          "statuses"
        ],
        "summary": "Remove a bookmark",
        "description": "Scopes: `write:bookmarks` or `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "write:bookmarks"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:bookmarks"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The post afterwards.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Status"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/statuses/{id}/unfavourite": {
      "post": {
        "operationId": "unfavouriteStatus",
        "tags": [
          "statuses"
        ],
        "summary": "Remove a favourite",
        "description": "Scopes: `write:favourites` or `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "write:favourites"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:favourites"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The post afterwards.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Status"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/statuses/{id}/unpin": {
      "post": {
        "operationId": "unpinStatus",
        "tags": [
          "statuses"
        ],
        "summary": "Unpin a post",
        "description": "Scopes: `write:accounts` or `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "write:accounts"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:accounts"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The post afterwards.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Status"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/statuses/{id}/unreblog": {
      "post": {
        "operationId": "unreblogStatus",
        "tags": [
          "statuses"
        ],
        "summary": "Withdraw a reblog",
        "description": "Scopes: `write:statuses` or `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "write:statuses"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:statuses"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The post afterwards.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Status"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/streaming": {
      "get": {
        "operationId": "openStreamingWebSocket",
        "tags": [
          "streaming"
        ],
        "summary": "Mastodon's multiplexed WebSocket stream",
        "description": "Needs a WebSocket upgrade and a user token (header, `access_token` or sub-protocol); a plain `GET` is answered 400.",
        "parameters": [
          {
            "name": "stream",
            "in": "query",
            "schema": {
              "type": "string"
            },
            "description": "A first stream to subscribe to."
          },
          {
            "name": "tag",
            "in": "query",
            "schema": {
              "type": "string"
            },
            "description": "The hashtag of a first `hashtag` stream."
          },
          {
            "name": "list",
            "in": "query",
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "description": "The list id of a first `list` stream."
          },
          {
            "$ref": "#/components/parameters/access_token"
          },
          {
            "name": "Sec-WebSocket-Protocol",
            "in": "header",
            "description": "The token, for browsers.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "security": [
          {
            "oauth2": []
          },
          {
            "bearerAuth": []
          }
        ],
        "responses": {
          "101": {
            "description": "Switching to a WebSocket. The client sends `{\"type\": \"subscribe\"|\"unsubscribe\", \"stream\": NAME, \"tag\"?: HASHTAG, \"list\"?: LIST_ID}`; the server sends `{\"stream\": [NAME, …], \"event\": EVENT, \"payload\": STRING}`, or `{\"error\": TEXT, \"status\": 400}` for a message it cannot take. Streams: user, user:notification, public, public:local, public:media, public:local:media, public:remote, public:remote:media, hashtag, hashtag:local, list.",
            "headers": {
              "Sec-WebSocket-Protocol": {
                "description": "Echoed when the token came as the sub-protocol.",
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/streaming/hashtag": {
      "get": {
        "operationId": "streamHashtag",
        "tags": [
          "streaming"
        ],
        "summary": "Public posts with a hashtag",
        "description": "Scopes: `read:statuses` or `read` or `read:notifications`.",
        "parameters": [
          {
            "name": "tag",
            "in": "query",
            "schema": {
              "type": "string"
            },
            "description": "The hashtag (with or without `#`); missing or invalid: 400.",
            "required": true
          },
          {
            "$ref": "#/components/parameters/access_token"
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "oauth2": [
              "read:notifications"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:notifications"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "Server-sent events, `event: NAME\\ndata: JSON\\n\\n` (`update`, `status.update`, `delete` with a bare id, `notification`), with a `:` comment line every heartbeat; the stream does not end.",
            "content": {
              "text/event-stream": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/streaming/hashtag/local": {
      "get": {
        "operationId": "streamHashtagLocal",
        "tags": [
          "streaming"
        ],
        "summary": "Public posts with a hashtag (every post is local)",
        "description": "Scopes: `read:statuses` or `read` or `read:notifications`.",
        "parameters": [
          {
            "name": "tag",
            "in": "query",
            "schema": {
              "type": "string"
            },
            "description": "The hashtag (with or without `#`); missing or invalid: 400.",
            "required": true
          },
          {
            "$ref": "#/components/parameters/access_token"
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "oauth2": [
              "read:notifications"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:notifications"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "Server-sent events, `event: NAME\\ndata: JSON\\n\\n` (`update`, `status.update`, `delete` with a bare id, `notification`), with a `:` comment line every heartbeat; the stream does not end.",
            "content": {
              "text/event-stream": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/streaming/health": {
      "get": {
        "operationId": "getStreamingHealth",
        "tags": [
          "streaming"
        ],
        "summary": "Mastodon's streaming health check",
        "security": [],
        "responses": {
          "200": {
            "description": "`OK`.",
            "content": {
              "text/plain": {
                "schema": {
                  "type": "string",
                  "enum": [
                    "OK"
                  ]
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/api/v1/streaming/list": {
      "get": {
        "operationId": "streamList",
        "tags": [
          "streaming"
        ],
        "summary": "One of the reader's lists",
        "description": "Scopes: `read:statuses` or `read` or `read:notifications`.",
        "parameters": [
          {
            "name": "list",
            "in": "query",
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "description": "The list's id; missing, not a number or not the reader's: 400.",
            "required": true
          },
          {
            "$ref": "#/components/parameters/access_token"
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "oauth2": [
              "read:notifications"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:notifications"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "Server-sent events, `event: NAME\\ndata: JSON\\n\\n` (`update`, `status.update`, `delete` with a bare id, `notification`), with a `:` comment line every heartbeat; the stream does not end.",
            "content": {
              "text/event-stream": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/streaming/public": {
      "get": {
        "operationId": "streamPublic",
        "tags": [
          "streaming"
        ],
        "summary": "The organisation timeline",
        "description": "Scopes: `read:statuses` or `read` or `read:notifications`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/access_token"
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "oauth2": [
              "read:notifications"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:notifications"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "Server-sent events, `event: NAME\\ndata: JSON\\n\\n` (`update`, `status.update`, `delete` with a bare id, `notification`), with a `:` comment line every heartbeat; the stream does not end.",
            "content": {
              "text/event-stream": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/streaming/public/local": {
      "get": {
        "operationId": "streamPublicLocal",
        "tags": [
          "streaming"
        ],
        "summary": "The organisation timeline (every post is local)",
        "description": "Scopes: `read:statuses` or `read` or `read:notifications`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/access_token"
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "oauth2": [
              "read:notifications"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:notifications"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "Server-sent events, `event: NAME\\ndata: JSON\\n\\n` (`update`, `status.update`, `delete` with a bare id, `notification`), with a `:` comment line every heartbeat; the stream does not end.",
            "content": {
              "text/event-stream": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/streaming/public/remote": {
      "get": {
        "operationId": "streamPublicRemote",
        "tags": [
          "streaming"
        ],
        "summary": "Remote posts: with federation off, only heartbeats",
        "description": "Scopes: `read:statuses` or `read` or `read:notifications`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/access_token"
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "oauth2": [
              "read:notifications"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:notifications"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "Server-sent events, `event: NAME\\ndata: JSON\\n\\n` (`update`, `status.update`, `delete` with a bare id, `notification`), with a `:` comment line every heartbeat; the stream does not end.",
            "content": {
              "text/event-stream": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/streaming/user": {
      "get": {
        "operationId": "streamUser",
        "tags": [
          "streaming"
        ],
        "summary": "The home timeline and notifications",
        "description": "Scopes: `read:statuses` or `read` or `read:notifications`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/access_token"
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "oauth2": [
              "read:notifications"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:notifications"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "Server-sent events, `event: NAME\\ndata: JSON\\n\\n` (`update`, `status.update`, `delete` with a bare id, `notification`), with a `:` comment line every heartbeat; the stream does not end.",
            "content": {
              "text/event-stream": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/streaming/user/notification": {
      "get": {
        "operationId": "streamUserNotifications",
        "tags": [
          "streaming"
        ],
        "summary": "Notifications",
        "description": "Scopes: `read:statuses` or `read` or `read:notifications`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/access_token"
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "oauth2": [
              "read:notifications"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:notifications"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "Server-sent events, `event: NAME\\ndata: JSON\\n\\n` (`update`, `status.update`, `delete` with a bare id, `notification`), with a `:` comment line every heartbeat; the stream does not end.",
            "content": {
              "text/event-stream": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/tags/{name}": {
      "get": {
        "operationId": "getTag",
        "tags": [
          "tags"
        ],
        "summary": "A hashtag",
        "description": "Scopes: `read:statuses` or `read` or `read:follows`.",
        "parameters": [
          {
            "name": "name",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "description": "The hashtag, with or without `#`; not a valid hashtag: 404."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "oauth2": [
              "read:follows"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:follows"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Tag"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/tags/{name}/follow": {
      "post": {
        "operationId": "followTag",
        "tags": [
          "tags"
        ],
        "summary": "Follow a hashtag",
        "description": "Scopes: `write:follows` or `write` or `follow`.",
        "parameters": [
          {
            "name": "name",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "description": "The hashtag, with or without `#`; not a valid hashtag: 404."
          }
        ],
        "security": [
          {
            "oauth2": [
              "write:follows"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "oauth2": [
              "follow"
            ]
          },
          {
            "bearerAuth": [
              "write:follows"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "follow"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Tag"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/tags/{name}/unfollow": {
      "post": {
        "operationId": "unfollowTag",
        "tags": [
          "tags"
        ],
        "summary": "Stop following a hashtag",
        "description": "Scopes: `write:follows` or `write` or `follow`.",
        "parameters": [
          {
            "name": "name",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "description": "The hashtag, with or without `#`; not a valid hashtag: 404."
          }
        ],
        "security": [
          {
            "oauth2": [
              "write:follows"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "oauth2": [
              "follow"
            ]
          },
          {
            "bearerAuth": [
              "write:follows"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "follow"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Tag"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/timelines/home": {
      "get": {
        "operationId": "getHomeTimeline",
        "tags": [
          "timelines"
        ],
        "summary": "The home timeline",
        "description": "Scopes: `read:statuses` or `read`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 40,
              "default": 20
            },
            "description": "How many results; clamped to 1…40; not a number means 20."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Status"
                  }
                }
              }
            },
            "headers": {
              "Link": {
                "$ref": "#/components/headers/Link"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/timelines/list/{id}": {
      "get": {
        "operationId": "getListTimeline",
        "tags": [
          "timelines"
        ],
        "summary": "A list's timeline",
        "description": "Scopes: `read:lists` or `read`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          },
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 40,
              "default": 20
            },
            "description": "How many results; clamped to 1…40; not a number means 20."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:lists"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:lists"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Status"
                  }
                }
              }
            },
            "headers": {
              "Link": {
                "$ref": "#/components/headers/Link"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/timelines/public": {
      "get": {
        "operationId": "getPublicTimeline",
        "tags": [
          "timelines"
        ],
        "summary": "The organisation timeline",
        "description": "Scopes: `read:statuses` or `read`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 40,
              "default": 20
            },
            "description": "How many results; clamped to 1…40; not a number means 20."
          },
          {
            "name": "local",
            "in": "query",
            "schema": {
              "type": "boolean",
              "default": false
            },
            "description": "Accepted and ignored: every post is local (`true` or `1`; anything else is false)."
          },
          {
            "name": "remote",
            "in": "query",
            "schema": {
              "type": "boolean",
              "default": false
            },
            "description": "Only remote posts: with federation off, an empty list (`true` or `1`; anything else is false)."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Status"
                  }
                }
              }
            },
            "headers": {
              "Link": {
                "$ref": "#/components/headers/Link"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/timelines/tag/{hashtag}": {
      "get": {
        "operationId": "getTagTimeline",
        "tags": [
          "timelines"
        ],
        "summary": "Public posts with a hashtag",
        "description": "Scopes: `read:statuses` or `read`.",
        "parameters": [
          {
            "name": "hashtag",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "description": "The hashtag, with or without `#`; not a valid hashtag: 404."
          },
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 40,
              "default": 20
            },
            "description": "How many results; clamped to 1…40; not a number means 20."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Status"
                  }
                }
              }
            },
            "headers": {
              "Link": {
                "$ref": "#/components/headers/Link"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/trends": {
      "get": {
        "operationId": "getTrends",
        "tags": [
          "search"
        ],
        "summary": "Trending hashtags (as `/api/v1/trends/tags`)",
        "description": "Scopes: `read`.",
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 20,
              "default": 10
            },
            "description": "How many hashtags; clamped to 1…20; not a number means 10."
          },
          {
            "name": "offset",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "default": 0
            },
            "description": "How many results to skip."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Tag"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/trends/links": {
      "get": {
        "operationId": "getTrendingLinks",
        "tags": [
          "search"
        ],
        "summary": "Trending links (none)",
        "description": "Scopes: `read`.",
        "security": [
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/trends/statuses": {
      "get": {
        "operationId": "getTrendingStatuses",
        "tags": [
          "search"
        ],
        "summary": "Trending posts (none)",
        "description": "Scopes: `read`.",
        "security": [
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "Always `[]`.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Status"
                  },
                  "maxItems": 0
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/trends/tags": {
      "get": {
        "operationId": "getTrendingTags",
        "tags": [
          "search"
        ],
        "summary": "The organisation's trending hashtags",
        "description": "Scopes: `read`.",
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 20,
              "default": 10
            },
            "description": "How many hashtags; clamped to 1…20; not a number means 10."
          },
          {
            "name": "offset",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "default": 0
            },
            "description": "How many results to skip."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Tag"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/audit": {
      "get": {
        "operationId": "getAuditLog",
        "tags": [
          "compliance"
        ],
        "summary": "The audit log (auditors and compliance officers)",
        "description": "Newest first, paginated by sequence number with `max_id`, `since_id`, `min_id` and `Link` headers. Each row carries `previous_hash` and `hash` (SHA-256 over the previous hash and the row's canonical form), so a client can check the chain itself; `warblectl audit verify` does it for the whole log. 403 for every role but `auditor` and `compliance`.\n\nScopes: `admin:read`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 200,
              "default": 40
            },
            "description": "How many rows; clamped to 1…200; not a number means 40."
          },
          {
            "name": "action",
            "in": "query",
            "schema": {
              "type": "string"
            },
            "description": "Only this action (`post.created`) or a family (`post.*`)."
          },
          {
            "name": "account_id",
            "in": "query",
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "description": "Only actions by this account."
          },
          {
            "name": "target",
            "in": "query",
            "schema": {
              "type": "string"
            },
            "description": "Only actions on this target (`post:123`, `group:design`)."
          },
          {
            "name": "since",
            "in": "query",
            "schema": {
              "type": "string"
            },
            "description": "From this date (`2026-11-01`) or ISO 8601 time; 400 otherwise."
          },
          {
            "name": "until",
            "in": "query",
            "schema": {
              "type": "string"
            },
            "description": "Before this date or time; 400 otherwise."
          }
        ],
        "security": [
          {
            "oauth2": [
              "admin:read"
            ]
          },
          {
            "bearerAuth": [
              "admin:read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "Audit rows.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/AuditEntry"
                  }
                }
              }
            },
            "headers": {
              "Link": {
                "$ref": "#/components/headers/Link"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/holds": {
      "get": {
        "operationId": "getLegalHolds",
        "tags": [
          "compliance"
        ],
        "summary": "Legal holds (compliance officers and auditors)",
        "description": "Active holds, newest first; `all=true` includes released ones. 403 for other roles.\n\nScopes: `admin:read`.",
        "parameters": [
          {
            "name": "all",
            "in": "query",
            "schema": {
              "type": "string",
              "enum": [
                "true",
                "false",
                "1",
                "0"
              ]
            },
            "description": "Include released holds."
          }
        ],
        "security": [
          {
            "oauth2": [
              "admin:read"
            ]
          },
          {
            "bearerAuth": [
              "admin:read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "Holds.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/LegalHold"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "post": {
        "operationId": "placeLegalHold",
        "tags": [
          "compliance"
        ],
        "summary": "Place a legal hold (compliance officers)",
        "description": "While active, nothing the hold covers is purged: not by retention, not by an author's delete (which only hides). Covers the posts of any custodian or in any group (with neither, every post) created in [from, to) and matching the query. Audited as `hold.placed`. 422 for a missing case id or reason, an unknown handle or group, a bad date, or from not before to.\n\nScopes: `admin:write`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "required": [
                  "case_id",
                  "reason"
                ],
                "properties": {
                  "case_id": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "description": "The case or matter id."
                  },
                  "reason": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 2000
                  },
                  "custodians": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Handles whose posts to keep (`custodians[]` in a form)."
                  },
                  "groups": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Group slugs whose posts to keep (`groups[]` in a form)."
                  },
                  "from": {
                    "type": "string",
                    "description": "Posts created on or after this date (2026-01-01) or ISO 8601 time."
                  },
                  "to": {
                    "type": "string",
                    "description": "Posts created before this date or time."
                  },
                  "query": {
                    "type": "string",
                    "description": "Only posts matching this full-text query (as in search)."
                  }
                }
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "type": "object",
                "required": [
                  "case_id",
                  "reason"
                ],
                "properties": {
                  "case_id": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "description": "The case or matter id."
                  },
                  "reason": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 2000
                  },
                  "custodians": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Handles whose posts to keep (`custodians[]` in a form)."
                  },
                  "groups": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Group slugs whose posts to keep (`groups[]` in a form)."
                  },
                  "from": {
                    "type": "string",
                    "description": "Posts created on or after this date (2026-01-01) or ISO 8601 time."
                  },
                  "to": {
                    "type": "string",
                    "description": "Posts created before this date or time."
                  },
                  "query": {
                    "type": "string",
                    "description": "Only posts matching this full-text query (as in search)."
                  }
                }
              }
            },
            "multipart/form-data": {
              "schema": {
                "type": "object",
                "required": [
                  "case_id",
                  "reason"
                ],
                "properties": {
                  "case_id": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "description": "The case or matter id."
                  },
                  "reason": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 2000
                  },
                  "custodians": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Handles whose posts to keep (`custodians[]` in a form)."
                  },
                  "groups": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Group slugs whose posts to keep (`groups[]` in a form)."
                  },
                  "from": {
                    "type": "string",
                    "description": "Posts created on or after this date (2026-01-01) or ISO 8601 time."
                  },
                  "to": {
                    "type": "string",
                    "description": "Posts created before this date or time."
                  },
                  "query": {
                    "type": "string",
                    "description": "Only posts matching this full-text query (as in search)."
                  }
                }
              }
            }
          }
        },
        "security": [
          {
            "oauth2": [
              "admin:write"
            ]
          },
          {
            "bearerAuth": [
              "admin:write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The hold, with what it keeps now.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LegalHold"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/holds/{id}": {
      "get": {
        "operationId": "getLegalHold",
        "tags": [
          "compliance"
        ],
        "summary": "One hold and what it keeps now",
        "description": "Scopes: `admin:read`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "description": "The hold's id."
          }
        ],
        "security": [
          {
            "oauth2": [
              "admin:read"
            ]
          },
          {
            "bearerAuth": [
              "admin:read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The hold with `coverage`.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LegalHold"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/holds/{id}/release": {
      "post": {
        "operationId": "releaseLegalHold",
        "tags": [
          "compliance"
        ],
        "summary": "Release a hold (compliance officers)",
        "description": "Retention may then remove what it kept. Audited as `hold.released` with the reason. 404 when there is no active hold with this id; 422 without a reason.\n\nScopes: `admin:write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "description": "The hold's id."
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "required": [
                  "reason"
                ],
                "properties": {
                  "reason": {
                    "type": "string",
                    "minLength": 1
                  }
                }
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "type": "object",
                "required": [
                  "reason"
                ],
                "properties": {
                  "reason": {
                    "type": "string",
                    "minLength": 1
                  }
                }
              }
            },
            "multipart/form-data": {
              "schema": {
                "type": "object",
                "required": [
                  "reason"
                ],
                "properties": {
                  "reason": {
                    "type": "string",
                    "minLength": 1
                  }
                }
              }
            }
          }
        },
        "security": [
          {
            "oauth2": [
              "admin:write"
            ]
          },
          {
            "bearerAuth": [
              "admin:write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The released hold.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LegalHold"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/settings/export": {
      "get": {
        "operationId": "downloadPersonalArchive",
        "tags": [
          "accounts"
        ],
        "summary": "Download your own archive",
        "description": "\"Take your data\": the signed-in person's own posts (not deleted ones) and uploads as a `.tar.gz` in the shape of Mastodon's archive: `actor.json` (an ActivityStreams Person), `outbox.json` (an OrderedCollection of `Create` activities of Notes and `Announce` activities of reblogs) and `media_attachments/`. With a token (any scope) or a browser session. Once an hour (429 with `Retry-After` otherwise); audited as `archive.downloaded`.",
        "security": [
          {
            "bearerAuth": []
          },
          {
            "oauth2": []
          },
          {
            "browserSession": []
          }
        ],
        "responses": {
          "200": {
            "description": "The archive.",
            "content": {
              "application/gzip": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/retention": {
      "get": {
        "operationId": "getOwnRetention",
        "tags": [
          "accounts"
        ],
        "summary": "What retention does with your own posts",
        "description": "For each kind of post the reader can write (public, unlisted, private, direct) and for deleted posts: the rule of the retention policy in force, how long it keeps them (ISO 8601 duration), what happens then (`delete` hides, `purge` removes), and a sentence for people. A legal hold can keep posts longer.\n\nScopes: `read:accounts`, `read` or `profile`.",
        "security": [
          {
            "oauth2": [
              "read:accounts"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "oauth2": [
              "profile"
            ]
          },
          {
            "bearerAuth": [
              "read:accounts"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "profile"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "One entry per kind of post.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": [
                      "posts",
                      "summary"
                    ],
                    "properties": {
                      "posts": {
                        "type": "string",
                        "enum": [
                          "public",
                          "unlisted",
                          "private",
                          "direct",
                          "deleted"
                        ]
                      },
                      "rule": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "keep": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "action": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "enum": [
                          "delete",
                          "purge",
                          null
                        ]
                      },
                      "summary": {
                        "type": "string"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/dlp/flags": {
      "get": {
        "operationId": "getDLPFlags",
        "tags": [
          "compliance"
        ],
        "summary": "The DLP review queue (compliance officers)",
        "description": "Posts in which a `flag` rule of `dlp.yaml` found something, newest first, paginated by flag id with `max_id`, `since_id`, `min_id` and `Link` headers. Findings carry the rule and the match masked (`•••• •••• •••• 1111`), never the matched text; read the post itself by `post_id`. 403 for every role but `compliance` (administrators and auditors included).\n\nScopes: `admin:read`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 200,
              "default": 40
            },
            "description": "How many flags; clamped to 1…200; not a number means 40."
          },
          {
            "name": "state",
            "in": "query",
            "schema": {
              "type": "string",
              "enum": [
                "pending",
                "cleared",
                "removed",
                "all"
              ],
              "default": "pending"
            },
            "description": "Which flags; anything else is 400."
          }
        ],
        "security": [
          {
            "oauth2": [
              "admin:read"
            ]
          },
          {
            "bearerAuth": [
              "admin:read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "Flags, newest first.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/DLPFlag"
                  }
                }
              }
            },
            "headers": {
              "Link": {
                "$ref": "#/components/headers/Link"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/dlp/flags/{id}/clear": {
      "post": {
        "operationId": "clearDLPFlag",
        "tags": [
          "compliance"
        ],
        "summary": "Clear a DLP flag: the post stays (compliance officers)",
        "description": "Audited as `dlp.cleared` with the reviewer as actor and the reason. A review is final: 422 for a flag reviewed already, and for a missing or blank `reason` (at most 2,000 characters); 404 for an unknown flag. 403 for every role but `compliance`.\n\nScopes: `admin:write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "description": "The flag's id."
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DLPReviewForm"
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/DLPReviewForm"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/DLPReviewForm"
              }
            }
          }
        },
        "security": [
          {
            "oauth2": [
              "admin:write"
            ]
          },
          {
            "bearerAuth": [
              "admin:write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The flag as reviewed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DLPFlag"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/dlp/flags/{id}/remove": {
      "post": {
        "operationId": "removeDLPFlaggedPost",
        "tags": [
          "compliance"
        ],
        "summary": "Remove a flagged post (compliance officers)",
        "description": "Hides the post for everyone as its author's deletion would (it is kept for the `deleted_posts` retention rule and any legal hold). Audited as `dlp.removed` with the reviewer as actor and the reason. A review is final: 422 for a flag reviewed already, and for a missing or blank `reason` (at most 2,000 characters); 404 for an unknown flag. 403 for every role but `compliance`.\n\nScopes: `admin:write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "description": "The flag's id."
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DLPReviewForm"
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/DLPReviewForm"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/DLPReviewForm"
              }
            }
          }
        },
        "security": [
          {
            "oauth2": [
              "admin:write"
            ]
          },
          {
            "bearerAuth": [
              "admin:write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The flag as reviewed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DLPFlag"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/exports": {
      "get": {
        "operationId": "getExports",
        "tags": [
          "compliance"
        ],
        "summary": "Export jobs (compliance officers and auditors)",
        "description": "The newest 100, newest first.\n\nScopes: `admin:read`.",
        "security": [
          {
            "oauth2": [
              "admin:read"
            ]
          },
          {
            "bearerAuth": [
              "admin:read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "Exports.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/ExportJob"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "post": {
        "operationId": "requestExport",
        "tags": [
          "compliance"
        ],
        "summary": "Request a compliance export (compliance officers)",
        "description": "Queues a background export of the posts of the custodians, in the groups and kept by the hold (any of these), in [from, to), matching the query; the same archive as `warblectl export create` (posts.jsonl, posts.csv, messages/*.eml, attachments/, accounts.jsonl, audit.jsonl, SHA256SUMS, signed manifest). Follow `state` and `posts_done`/`posts_total` with GET, then download. Audited (`export.requested`, `export.created`). 422 when nothing is selected, a name, group or hold is unknown, a date is bad, or exports.signing_key is not set.\n\nScopes: `admin:write`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "custodians": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Handles whose posts to export (`custodians[]` in a form)."
                  },
                  "groups": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Group slugs (`groups[]`)."
                  },
                  "hold_id": {
                    "type": "string",
                    "description": "Every post this active legal hold keeps."
                  },
                  "from": {
                    "type": "string",
                    "description": "Posts created on or after this date (2026-01-01) or ISO 8601 time."
                  },
                  "to": {
                    "type": "string",
                    "description": "Posts created before this date or time."
                  },
                  "query": {
                    "type": "string",
                    "description": "Only posts matching this full-text query."
                  },
                  "include_deleted": {
                    "type": [
                      "boolean",
                      "string"
                    ],
                    "description": "Include posts their authors deleted (`true`/`false`/`1`/`0`)."
                  }
                }
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "type": "object",
                "properties": {
                  "custodians": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Handles whose posts to export (`custodians[]` in a form)."
                  },
                  "groups": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Group slugs (`groups[]`)."
                  },
                  "hold_id": {
                    "type": "string",
                    "description": "Every post this active legal hold keeps."
                  },
                  "from": {
                    "type": "string",
                    "description": "Posts created on or after this date (2026-01-01) or ISO 8601 time."
                  },
                  "to": {
                    "type": "string",
                    "description": "Posts created before this date or time."
                  },
                  "query": {
                    "type": "string",
                    "description": "Only posts matching this full-text query."
                  },
                  "include_deleted": {
                    "type": [
                      "boolean",
                      "string"
                    ],
                    "description": "Include posts their authors deleted (`true`/`false`/`1`/`0`)."
                  }
                }
              }
            },
            "multipart/form-data": {
              "schema": {
                "type": "object",
                "properties": {
                  "custodians": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Handles whose posts to export (`custodians[]` in a form)."
                  },
                  "groups": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Group slugs (`groups[]`)."
                  },
                  "hold_id": {
                    "type": "string",
                    "description": "Every post this active legal hold keeps."
                  },
                  "from": {
                    "type": "string",
                    "description": "Posts created on or after this date (2026-01-01) or ISO 8601 time."
                  },
                  "to": {
                    "type": "string",
                    "description": "Posts created before this date or time."
                  },
                  "query": {
                    "type": "string",
                    "description": "Only posts matching this full-text query."
                  },
                  "include_deleted": {
                    "type": [
                      "boolean",
                      "string"
                    ],
                    "description": "Include posts their authors deleted (`true`/`false`/`1`/`0`)."
                  }
                }
              }
            }
          }
        },
        "security": [
          {
            "oauth2": [
              "admin:write"
            ]
          },
          {
            "bearerAuth": [
              "admin:write"
            ]
          }
        ],
        "responses": {
          "202": {
            "description": "Queued.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ExportJob"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/exports/{id}": {
      "get": {
        "operationId": "getExport",
        "tags": [
          "compliance"
        ],
        "summary": "One export job and its progress",
        "description": "Scopes: `admin:read`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "description": "The export's id."
          }
        ],
        "security": [
          {
            "oauth2": [
              "admin:read"
            ]
          },
          {
            "bearerAuth": [
              "admin:read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The job.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ExportJob"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/exports/{id}/download": {
      "get": {
        "operationId": "downloadExport",
        "tags": [
          "compliance"
        ],
        "summary": "Download a finished export",
        "description": "The signed `.tar.gz`; check it with `warblectl export verify` or `sha256sum -c` and `openssl` (README). Audited as `export.downloaded`.\n\nScopes: `admin:read`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "description": "The export's id."
          }
        ],
        "security": [
          {
            "oauth2": [
              "admin:read"
            ]
          },
          {
            "bearerAuth": [
              "admin:read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The archive.",
            "content": {
              "application/gzip": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "The export is not ready (`state` is not `done`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "410": {
            "description": "The archive was removed from `exports.dir`.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/groups": {
      "get": {
        "operationId": "getGroups",
        "tags": [
          "groups"
        ],
        "summary": "Groups the reader may know of",
        "description": "Secret groups are listed to their members and organisation admins.\n\nScopes: `read`.",
        "parameters": [
          {
            "name": "member",
            "in": "query",
            "schema": {
              "type": "boolean",
              "default": false
            },
            "description": "Only groups the reader belongs to (`true` or `1`; anything else is false)."
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 80,
              "default": 40
            },
            "description": "How many groups; clamped to 1…80; not a number means 40."
          },
          {
            "name": "offset",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "default": 0
            },
            "description": "How many results to skip."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "Ordered by name.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/WarbleGroup"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "post": {
        "operationId": "createGroup",
        "tags": [
          "groups"
        ],
        "summary": "Create a group (the reader becomes its admin)",
        "description": "422 for a name that is not 1 to 100 characters, an invalid or taken slug, a description over 2000 characters, or an unknown privacy.\n\nScopes: `write`.",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/GroupForm"
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/GroupForm"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/GroupForm"
              }
            }
          }
        },
        "security": [
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WarbleGroup"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/groups/{id}": {
      "get": {
        "operationId": "getGroup",
        "tags": [
          "groups"
        ],
        "summary": "A group",
        "description": "A secret group is not found by anyone but its members and organisation admins.\n\nScopes: `read`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WarbleGroup"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "patch": {
        "operationId": "updateGroupPatch",
        "tags": [
          "groups"
        ],
        "summary": "Change a group's name, description or privacy",
        "description": "For the group's admins and organisation admins (403 otherwise). The slug does not change.\n\nScopes: `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/GroupForm"
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/GroupForm"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/GroupForm"
              }
            }
          }
        },
        "security": [
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WarbleGroup"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "put": {
        "operationId": "updateGroupPut",
        "tags": [
          "groups"
        ],
        "summary": "Change a group's name, description or privacy",
        "description": "For the group's admins and organisation admins (403 otherwise). The slug does not change.\n\nScopes: `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/GroupForm"
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/GroupForm"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/GroupForm"
              }
            }
          }
        },
        "security": [
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WarbleGroup"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/groups/{id}/admins/{account_id}": {
      "post": {
        "operationId": "addGroupAdmin",
        "tags": [
          "groups"
        ],
        "summary": "Make someone an admin of the group (adding them as a member)",
        "description": "For the group's admins and organisation admins (403 otherwise); audited. 404 for an unknown (or suspended) account; 422 when the last admin of a group with other members would go.\n\nScopes: `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          },
          {
            "name": "account_id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "description": "The account concerned."
          }
        ],
        "security": [
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The group afterwards.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WarbleGroup"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "removeGroupAdmin",
        "tags": [
          "groups"
        ],
        "summary": "Make an admin a plain member again",
        "description": "For the group's admins and organisation admins (403 otherwise); audited. 404 for an unknown (or suspended) account; 422 when the last admin of a group with other members would go.\n\nScopes: `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          },
          {
            "name": "account_id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "description": "The account concerned."
          }
        ],
        "security": [
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The group afterwards.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WarbleGroup"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/groups/{id}/join": {
      "post": {
        "operationId": "joinGroup",
        "tags": [
          "groups"
        ],
        "summary": "Join a group, or ask to join a closed one",
        "description": "Open groups take anyone at once; closed ones record a request; secret ones cannot be joined (403).\n\nScopes: `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WarbleGroup"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/groups/{id}/leave": {
      "post": {
        "operationId": "leaveGroup",
        "tags": [
          "groups"
        ],
        "summary": "Leave a group, or withdraw a request",
        "description": "422 for the last admin of a group with other members.\n\nScopes: `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        ],
        "security": [
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WarbleGroup"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/groups/{id}/members": {
      "get": {
        "operationId": "getGroupMembers",
        "tags": [
          "groups"
        ],
        "summary": "A group's members",
        "description": "Readable as the group's posts are, and by the group's and the organisation's admins.\n\nScopes: `read:accounts` or `read`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          },
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 80,
              "default": 40
            },
            "description": "How many results; clamped to 1…80; not a number means 40."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:accounts"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:accounts"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Account"
                  }
                }
              }
            },
            "headers": {
              "Link": {
                "$ref": "#/components/headers/Link"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/groups/{id}/members/{account_id}": {
      "post": {
        "operationId": "addGroupMember",
        "tags": [
          "groups"
        ],
        "summary": "Add a member",
        "description": "For the group's admins and organisation admins (403 otherwise); audited. 404 for an unknown (or suspended) account; 422 when the last admin of a group with other members would go.\n\nScopes: `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          },
          {
            "name": "account_id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "description": "The account concerned."
          }
        ],
        "security": [
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The group afterwards.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WarbleGroup"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "removeGroupMember",
        "tags": [
          "groups"
        ],
        "summary": "Remove a member",
        "description": "For the group's admins and organisation admins (403 otherwise); audited. 404 for an unknown (or suspended) account; 422 when the last admin of a group with other members would go.\n\nScopes: `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          },
          {
            "name": "account_id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "description": "The account concerned."
          }
        ],
        "security": [
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The group afterwards.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WarbleGroup"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/groups/{id}/requests": {
      "get": {
        "operationId": "getGroupRequests",
        "tags": [
          "groups"
        ],
        "summary": "Requests to join a group",
        "description": "For the group's admins and organisation admins (403 otherwise).\n\nScopes: `read:accounts` or `read`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          },
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 80,
              "default": 40
            },
            "description": "How many results; clamped to 1…80; not a number means 40."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:accounts"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:accounts"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Account"
                  }
                }
              }
            },
            "headers": {
              "Link": {
                "$ref": "#/components/headers/Link"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/groups/{id}/requests/{account_id}/authorize": {
      "post": {
        "operationId": "authorizeGroupRequest",
        "tags": [
          "groups"
        ],
        "summary": "Approve a request to join",
        "description": "For the group's admins and organisation admins (403 otherwise); audited. 404 for an unknown (or suspended) account; 422 when the last admin of a group with other members would go.\n\nScopes: `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          },
          {
            "name": "account_id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "description": "The account concerned."
          }
        ],
        "security": [
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The group afterwards.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WarbleGroup"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/groups/{id}/requests/{account_id}/reject": {
      "post": {
        "operationId": "rejectGroupRequest",
        "tags": [
          "groups"
        ],
        "summary": "Reject a request to join",
        "description": "For the group's admins and organisation admins (403 otherwise); audited. 404 for an unknown (or suspended) account; 422 when the last admin of a group with other members would go.\n\nScopes: `write`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          },
          {
            "name": "account_id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "description": "The account concerned."
          }
        ],
        "security": [
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The group afterwards.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WarbleGroup"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v1/warble/groups/{id}/statuses": {
      "get": {
        "operationId": "getGroupStatuses",
        "tags": [
          "groups"
        ],
        "summary": "A group's posts",
        "description": "Only members read a closed or secret group's posts (403).\n\nScopes: `read:statuses` or `read`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          },
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 40,
              "default": 20
            },
            "description": "How many results; clamped to 1…40; not a number means 20."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:statuses"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:statuses"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Status"
                  }
                }
              }
            },
            "headers": {
              "Link": {
                "$ref": "#/components/headers/Link"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v2/filters": {
      "get": {
        "operationId": "getFiltersV2",
        "tags": [
          "compatibility"
        ],
        "summary": "Filters (none)",
        "description": "Scopes: `read`.",
        "security": [
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v2/instance": {
      "get": {
        "operationId": "getInstanceV2",
        "tags": [
          "instance"
        ],
        "summary": "The server's version, limits and addresses (v2)",
        "security": [],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InstanceV2"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/api/v2/media": {
      "post": {
        "operationId": "uploadMediaV2",
        "tags": [
          "media"
        ],
        "summary": "Upload a file",
        "description": "400 for a malformed multipart body; 413 for a file over the size limit; 422 for a body that is not multipart, a missing or empty `file`, a description over 1500 characters, or a file type Warble does not take.\n\nScopes: `write:media` or `write`.",
        "requestBody": {
          "required": true,
          "content": {
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/MediaUploadForm"
              },
              "encoding": {
                "file": {
                  "contentType": "*/*"
                }
              }
            }
          }
        },
        "security": [
          {
            "oauth2": [
              "write:media"
            ]
          },
          {
            "oauth2": [
              "write"
            ]
          },
          {
            "bearerAuth": [
              "write:media"
            ]
          },
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "The upload, ready to attach (always 200: processing is synchronous).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MediaAttachment"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v2/search": {
      "get": {
        "operationId": "search",
        "tags": [
          "search"
        ],
        "summary": "Accounts, hashtags and posts",
        "description": "Scopes: `read:search` or `read`.",
        "parameters": [
          {
            "name": "q",
            "in": "query",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 500
            },
            "description": "What to look for: 1 to 500 characters after trimming (400 otherwise). Posts match by full text.",
            "required": true
          },
          {
            "name": "type",
            "in": "query",
            "schema": {
              "type": "string",
              "enum": [
                "accounts",
                "hashtags",
                "statuses"
              ]
            },
            "description": "Only this kind of result; anything else: 400."
          },
          {
            "$ref": "#/components/parameters/max_id"
          },
          {
            "$ref": "#/components/parameters/since_id"
          },
          {
            "$ref": "#/components/parameters/min_id"
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 40,
              "default": 20
            },
            "description": "How many results of each kind; clamped to 1…40; not a number means 20."
          },
          {
            "name": "offset",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "default": 0
            },
            "description": "How many results to skip."
          },
          {
            "name": "following",
            "in": "query",
            "schema": {
              "type": "boolean",
              "default": false
            },
            "description": "Only accounts the reader follows (`true` or `1`; anything else is false)."
          },
          {
            "name": "account_id",
            "in": "query",
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "description": "Only posts by this account (and then no accounts or hashtags); not a number: 400."
          }
        ],
        "security": [
          {
            "oauth2": [
              "read:search"
            ]
          },
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read:search"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SearchResults"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v2/suggestions": {
      "get": {
        "operationId": "getSuggestions",
        "tags": [
          "compatibility"
        ],
        "summary": "Follow suggestions (none)",
        "description": "Scopes: `read`.",
        "security": [
          {
            "oauth2": [
              "read"
            ]
          },
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/groups/{slug}.atom": {
      "get": {
        "operationId": "getGroupFeed",
        "tags": [
          "feeds"
        ],
        "summary": "An open group's public posts as Atom",
        "description": "For signed-in readers only (a token or a browser session).",
        "parameters": [
          {
            "name": "slug",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "description": "The group's slug; not an open group: 404."
          }
        ],
        "security": [
          {
            "bearerAuth": []
          },
          {
            "oauth2": []
          },
          {
            "browserSession": []
          }
        ],
        "responses": {
          "200": {
            "description": "An Atom feed of the latest public posts (reblogs left out).",
            "content": {
              "application/atom+xml": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "description": "Not signed in (no token and no browser session), or a dead token.",
            "headers": {
              "WWW-Authenticate": {
                "schema": {
                  "type": "string"
                },
                "description": "`Bearer realm=\"Warble\"` when neither was sent."
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/healthz": {
      "get": {
        "operationId": "getHealth",
        "tags": [
          "health"
        ],
        "summary": "Liveness: the process answers",
        "security": [],
        "responses": {
          "200": {
            "description": "`{\"status\": \"ok\"}`.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HealthStatus"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/media/{id}/{name}": {
      "get": {
        "operationId": "downloadMedia",
        "tags": [
          "media"
        ],
        "summary": "A file, by a signed link",
        "description": "The links come in `MediaAttachment.url`; a wrong or expired link, or a reader who may no longer see the post, gets 404.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          },
          {
            "name": "name",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "description": "The file's name (not checked)."
          },
          {
            "name": "viewer",
            "in": "query",
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "description": "The reader the link was made for."
          },
          {
            "name": "expires",
            "in": "query",
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "description": "UNIX time the link expires."
          },
          {
            "name": "signature",
            "in": "query",
            "schema": {
              "type": "string"
            },
            "description": "The link's signature."
          }
        ],
        "security": [],
        "responses": {
          "200": {
            "description": "The file: images inline, documents as attachments.",
            "headers": {
              "Content-Disposition": {
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "*/*": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/metrics": {
      "get": {
        "operationId": "getMetrics",
        "tags": [
          "health"
        ],
        "summary": "Prometheus metrics",
        "security": [],
        "responses": {
          "200": {
            "description": "Prometheus' text exposition format (version 0.0.4).",
            "content": {
              "text/plain": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/oauth/authorize": {
      "get": {
        "operationId": "showAuthorizePage",
        "tags": [
          "oauth"
        ],
        "summary": "The sign-in or consent page of the authorization-code grant",
        "parameters": [
          {
            "name": "client_id",
            "in": "query",
            "schema": {
              "type": "string"
            },
            "description": "The application's client id."
          },
          {
            "name": "redirect_uri",
            "in": "query",
            "schema": {
              "type": "string"
            },
            "description": "One of the redirect URIs the application registered, or `urn:ietf:wg:oauth:2.0:oob`."
          },
          {
            "name": "scope",
            "in": "query",
            "schema": {
              "type": "string"
            },
            "description": "Separated by spaces or `+`; default `read`; must be within the application's scopes."
          },
          {
            "name": "state",
            "in": "query",
            "schema": {
              "type": "string"
            },
            "description": "Returned unchanged with the code."
          },
          {
            "name": "response_type",
            "in": "query",
            "schema": {
              "type": "string",
              "enum": [
                "code"
              ]
            }
          }
        ],
        "security": [
          {},
          {
            "browserSession": []
          }
        ],
        "responses": {
          "200": {
            "description": "The sign-in page (which sets the `warble_csrf` cookie), or the consent page when a browser session exists.",
            "content": {
              "text/html": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "description": "An HTML error page for an unknown client, a redirect URI that was not registered, a response type other than `code`, or scopes the application did not register; a JSON error for a query that does not decode.",
            "content": {
              "text/html": {
                "schema": {
                  "type": "string"
                }
              },
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "post": {
        "operationId": "submitAuthorizePage",
        "tags": [
          "oauth"
        ],
        "summary": "Sign in, or allow or deny the application",
        "parameters": [
          {
            "name": "warble_csrf",
            "in": "cookie",
            "description": "The sign-in form's double-submit CSRF cookie (with `action=sign_in`).",
            "schema": {
              "type": "string"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AuthorizeForm"
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/AuthorizeForm"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/AuthorizeForm"
              }
            }
          }
        },
        "security": [
          {},
          {
            "browserSession": []
          }
        ],
        "responses": {
          "200": {
            "description": "The sign-in page again (the session ended), or with the out-of-band redirect URI the page that shows the code.",
            "content": {
              "text/html": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "302": {
            "description": "Back to the application's redirect URI with `code` (or `error=access_denied`) and `state`.",
            "headers": {
              "Location": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "303": {
            "description": "Signed in: the browser session cookie is set and the browser goes back to the consent page.",
            "headers": {
              "Location": {
                "schema": {
                  "type": "string"
                }
              },
              "Set-Cookie": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "description": "An HTML error page for a failed check (see `GET`); a JSON error for a body that does not decode.",
            "content": {
              "text/html": {
                "schema": {
                  "type": "string"
                }
              },
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "401": {
            "description": "The sign-in page with the directory's refusal (wrong username or password); a JSON error for a dead bearer token.",
            "content": {
              "text/html": {
                "schema": {
                  "type": "string"
                }
              },
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "403": {
            "description": "A missing or wrong CSRF token, or a suspended account.",
            "content": {
              "text/html": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          },
          "429": {
            "description": "The sign-in page while the account is locked out after failed sign-ins; a JSON error over the rate limit.",
            "headers": {
              "Retry-After": {
                "$ref": "#/components/headers/Retry-After"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "text/html": {
                "schema": {
                  "type": "string"
                }
              },
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "503": {
            "description": "The sign-in page when the directory is unavailable.",
            "content": {
              "text/html": {
                "schema": {
                  "type": "string"
                }
              }
            }
          }
        }
      }
    },
    "/oauth/revoke": {
      "post": {
        "operationId": "revokeToken",
        "tags": [
          "oauth"
        ],
        "summary": "Revoke a token",
        "description": "403 `unauthorized_client` for unknown client credentials; 400 without `token`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RevokeForm"
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/RevokeForm"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/RevokeForm"
              }
            }
          }
        },
        "security": [],
        "responses": {
          "200": {
            "description": "Revoked, or the token was unknown or already revoked (RFC 7009).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyObject"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/oauth/token": {
      "post": {
        "operationId": "obtainToken",
        "tags": [
          "oauth"
        ],
        "summary": "Obtain a token (password, authorization-code or client-credentials grant)",
        "description": "401 `invalid_client` for unknown client credentials; 400 `invalid_request`, `invalid_scope`, `invalid_grant` or `unsupported_grant_type`; for the password grant 403 for a suspended account, 429 (with `Retry-After`) while the account is locked out after failed sign-ins, and 503 when the directory is unavailable.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TokenForm"
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/TokenForm"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/TokenForm"
              }
            }
          }
        },
        "security": [],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Token"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/readyz": {
      "get": {
        "operationId": "getReadiness",
        "tags": [
          "health"
        ],
        "summary": "Readiness: the server can serve (the database answers)",
        "security": [],
        "responses": {
          "200": {
            "description": "`{\"status\": \"ready\"}`.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HealthStatus"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/tags/{tag}.atom": {
      "get": {
        "operationId": "getTagFeed",
        "tags": [
          "feeds"
        ],
        "summary": "A hashtag's public posts as Atom",
        "description": "For signed-in readers only (a token or a browser session).",
        "parameters": [
          {
            "name": "tag",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "description": "The hashtag, without `#`; not a valid hashtag: 404."
          }
        ],
        "security": [
          {
            "bearerAuth": []
          },
          {
            "oauth2": []
          },
          {
            "browserSession": []
          }
        ],
        "responses": {
          "200": {
            "description": "An Atom feed of the latest public posts (reblogs left out).",
            "content": {
              "application/atom+xml": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "description": "Not signed in (no token and no browser session), or a dead token.",
            "headers": {
              "WWW-Authenticate": {
                "schema": {
                  "type": "string"
                },
                "description": "`Bearer realm=\"Warble\"` when neither was sent."
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/{handle}.atom": {
      "get": {
        "operationId": "getAccountFeed",
        "tags": [
          "feeds"
        ],
        "summary": "A person's public posts as Atom",
        "description": "For signed-in readers only (a token or a browser session); anyone else gets 401 with `WWW-Authenticate`.",
        "parameters": [
          {
            "name": "handle",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^@[A-Za-z0-9_]+$"
            },
            "description": "`@` and the handle, as in `/@alice.atom`."
          }
        ],
        "security": [
          {
            "bearerAuth": []
          },
          {
            "oauth2": []
          },
          {
            "browserSession": []
          }
        ],
        "responses": {
          "200": {
            "description": "An Atom feed of the latest public posts (reblogs left out).",
            "content": {
              "application/atom+xml": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "description": "Not signed in (no token and no browser session), or a dead token.",
            "headers": {
              "WWW-Authenticate": {
                "schema": {
                  "type": "string"
                },
                "description": "`Bearer realm=\"Warble\"` when neither was sent."
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "A token from `/oauth/token`. Operations list the OAuth scopes the token needs (any one of them)."
      },
      "oauth2": {
        "type": "oauth2",
        "description": "Register an application with `POST /api/v1/apps` first. A broad scope (`read`) covers its granular ones (`read:accounts`).",
        "flows": {
          "authorizationCode": {
            "authorizationUrl": "/oauth/authorize",
            "tokenUrl": "/oauth/token",
            "scopes": {
              "admin:read": "Read the audit log (auditors and compliance officers) and the DLP review queue (compliance officers).",
              "admin:write": "Place and release legal holds; clear DLP flags and remove flagged posts (compliance officers only).",
              "follow": "Follow, block and mute (Mastodon's older scope).",
              "profile": "Read the reader's own account only.",
              "push": "Web push (accepted; Warble has no web push).",
              "read": "Read everything the reader may read.",
              "read:accounts": "Read accounts.",
              "read:blocks": "Read blocks.",
              "read:bookmarks": "Read bookmarks.",
              "read:favourites": "Read favourites.",
              "read:filters": "Read filters.",
              "read:follows": "Read follows.",
              "read:lists": "Read lists.",
              "read:mutes": "Read mutes.",
              "read:notifications": "Read notifications.",
              "read:search": "Read search.",
              "read:statuses": "Read statuses.",
              "write": "Change everything the reader may change.",
              "write:accounts": "Change accounts.",
              "write:blocks": "Change blocks.",
              "write:bookmarks": "Change bookmarks.",
              "write:conversations": "Change conversations.",
              "write:favourites": "Change favourites.",
              "write:filters": "Change filters.",
              "write:follows": "Change follows.",
              "write:lists": "Change lists.",
              "write:media": "Change media.",
              "write:mutes": "Change mutes.",
              "write:notifications": "Change notifications.",
              "write:reports": "Change reports.",
              "write:statuses": "Change statuses."
            }
          },
          "password": {
            "tokenUrl": "/oauth/token",
            "scopes": {
              "admin:read": "Read the audit log (auditors and compliance officers) and the DLP review queue (compliance officers).",
              "admin:write": "Place and release legal holds; clear DLP flags and remove flagged posts (compliance officers only).",
              "follow": "Follow, block and mute (Mastodon's older scope).",
              "profile": "Read the reader's own account only.",
              "push": "Web push (accepted; Warble has no web push).",
              "read": "Read everything the reader may read.",
              "read:accounts": "Read accounts.",
              "read:blocks": "Read blocks.",
              "read:bookmarks": "Read bookmarks.",
              "read:favourites": "Read favourites.",
              "read:filters": "Read filters.",
              "read:follows": "Read follows.",
              "read:lists": "Read lists.",
              "read:mutes": "Read mutes.",
              "read:notifications": "Read notifications.",
              "read:search": "Read search.",
              "read:statuses": "Read statuses.",
              "write": "Change everything the reader may change.",
              "write:accounts": "Change accounts.",
              "write:blocks": "Change blocks.",
              "write:bookmarks": "Change bookmarks.",
              "write:conversations": "Change conversations.",
              "write:favourites": "Change favourites.",
              "write:filters": "Change filters.",
              "write:follows": "Change follows.",
              "write:lists": "Change lists.",
              "write:media": "Change media.",
              "write:mutes": "Change mutes.",
              "write:notifications": "Change notifications.",
              "write:reports": "Change reports.",
              "write:statuses": "Change statuses."
            }
          },
          "clientCredentials": {
            "tokenUrl": "/oauth/token",
            "scopes": {
              "admin:read": "Read the audit log (auditors and compliance officers) and the DLP review queue (compliance officers).",
              "admin:write": "Place and release legal holds; clear DLP flags and remove flagged posts (compliance officers only).",
              "follow": "Follow, block and mute (Mastodon's older scope).",
              "profile": "Read the reader's own account only.",
              "push": "Web push (accepted; Warble has no web push).",
              "read": "Read everything the reader may read.",
              "read:accounts": "Read accounts.",
              "read:blocks": "Read blocks.",
              "read:bookmarks": "Read bookmarks.",
              "read:favourites": "Read favourites.",
              "read:filters": "Read filters.",
              "read:follows": "Read follows.",
              "read:lists": "Read lists.",
              "read:mutes": "Read mutes.",
              "read:notifications": "Read notifications.",
              "read:search": "Read search.",
              "read:statuses": "Read statuses.",
              "write": "Change everything the reader may change.",
              "write:accounts": "Change accounts.",
              "write:blocks": "Change blocks.",
              "write:bookmarks": "Change bookmarks.",
              "write:conversations": "Change conversations.",
              "write:favourites": "Change favourites.",
              "write:filters": "Change filters.",
              "write:follows": "Change follows.",
              "write:lists": "Change lists.",
              "write:media": "Change media.",
              "write:mutes": "Change mutes.",
              "write:notifications": "Change notifications.",
              "write:reports": "Change reports.",
              "write:statuses": "Change statuses."
            }
          }
        }
      },
      "browserSession": {
        "type": "apiKey",
        "in": "cookie",
        "name": "warble_session",
        "description": "The browser session that signing in at `/oauth/authorize` starts (HttpOnly, SameSite=Lax)."
      }
    },
    "schemas": {
      "AuditEntry": {
        "type": "object",
        "description": "One audit log row. `details` never holds a secret.",
        "required": [
          "sequence",
          "occurred_at",
          "action",
          "details",
          "previous_hash",
          "hash"
        ],
        "properties": {
          "sequence": {
            "type": "string",
            "description": "Position in the chain (a number as a string)."
          },
          "occurred_at": {
            "type": "string",
            "description": "UTC with microseconds, as hashed: `2026-11-25T07:46:44.123456Z`."
          },
          "actor_account_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "actor_role": {
            "type": [
              "string",
              "null"
            ]
          },
          "actor_address": {
            "type": [
              "string",
              "null"
            ],
            "description": "The client's address, or `warblectl`."
          },
          "action": {
            "type": "string",
            "description": "For example `auth.login.succeeded`, `post.created`, `post.deleted`, `group.member.added`, `audit.pruned`."
          },
          "target": {
            "type": [
              "string",
              "null"
            ]
          },
          "details": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          },
          "previous_hash": {
            "type": "string",
            "pattern": "^[0-9a-f]{64}$"
          },
          "hash": {
            "type": "string",
            "pattern": "^[0-9a-f]{64}$"
          }
        }
      },
      "LegalHold": {
        "type": "object",
        "description": "A legal hold.",
        "required": [
          "id",
          "case_id",
          "reason",
          "custodian_ids",
          "group_ids",
          "created_at",
          "active"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "case_id": {
            "type": "string"
          },
          "reason": {
            "type": "string"
          },
          "custodian_ids": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "group_ids": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "from": {
            "type": [
              "string",
              "null"
            ]
          },
          "to": {
            "type": [
              "string",
              "null"
            ]
          },
          "query": {
            "type": [
              "string",
              "null"
            ]
          },
          "created_at": {
            "type": "string"
          },
          "released_at": {
            "type": [
              "string",
              "null"
            ]
          },
          "release_reason": {
            "type": [
              "string",
              "null"
            ]
          },
          "active": {
            "type": "boolean"
          },
          "coverage": {
            "type": [
              "object",
              "null"
            ],
            "properties": {
              "posts": {
                "type": "integer"
              },
              "deleted_posts": {
                "type": "integer"
              },
              "attachments": {
                "type": "integer"
              },
              "custodians": {
                "type": "integer"
              }
            }
          }
        }
      },
      "DLPFlag": {
        "type": "object",
        "description": "A post in the DLP review queue, with what `flag` rules found in it, masked.",
        "required": [
          "id",
          "post_id",
          "account_id",
          "username",
          "rules",
          "findings",
          "state",
          "created_at"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "post_id": {
            "type": "string"
          },
          "account_id": {
            "type": "string",
            "description": "The author."
          },
          "username": {
            "type": "string",
            "description": "The author's handle."
          },
          "rules": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "The rules that found something, each once."
          },
          "findings": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "rule",
                "excerpt"
              ],
              "properties": {
                "rule": {
                  "type": "string"
                },
                "excerpt": {
                  "type": "string",
                  "description": "The match with its letters and digits masked; never the matched text."
                }
              }
            }
          },
          "state": {
            "type": "string",
            "enum": [
              "pending",
              "cleared",
              "removed"
            ]
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "reviewer_account_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "Null while pending, and for reviews made with `warblectl`."
          },
          "reason": {
            "type": [
              "string",
              "null"
            ]
          },
          "reviewed_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          }
        }
      },
      "DLPReviewForm": {
        "type": "object",
        "required": [
          "reason"
        ],
        "properties": {
          "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000,
            "description": "Why; recorded with the flag and in the audit log."
          }
        }
      },
      "ExportJob": {
        "type": "object",
        "description": "A background compliance export.",
        "required": [
          "id",
          "state",
          "custodians",
          "groups",
          "posts_done",
          "created_at"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "state": {
            "type": "string",
            "enum": [
              "queued",
              "running",
              "done",
              "failed"
            ]
          },
          "custodians": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "groups": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "hold_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "posts_done": {
            "type": "integer"
          },
          "posts_total": {
            "type": [
              "integer",
              "null"
            ]
          },
          "sha256": {
            "type": [
              "string",
              "null"
            ],
            "description": "Of the archive, once done."
          },
          "error": {
            "type": [
              "string",
              "null"
            ]
          },
          "created_at": {
            "type": "string"
          },
          "finished_at": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "Error": {
        "type": "object",
        "description": "The body of every error response, as Mastodon clients expect it.",
        "properties": {
          "error": {
            "type": "string",
            "description": "Short, machine-readable reason."
          },
          "error_description": {
            "type": "string",
            "description": "What to fix; omitted when there is nothing to add."
          }
        },
        "required": [
          "error"
        ]
      },
      "EmptyObject": {
        "type": "object",
        "description": "`{}`: what Mastodon answers when there is nothing to return."
      },
      "EmptyList": {
        "type": "array",
        "items": {},
        "maxItems": 0,
        "description": "Always `[]`: Warble does not have this Mastodon feature, and answers as a Mastodon server without it."
      },
      "AccountField": {
        "type": "object",
        "description": "A profile field. Warble shows the directory's `Title` and `Department`.",
        "properties": {
          "name": {
            "type": "string"
          },
          "value": {
            "type": "string"
          },
          "verified_at": {
            "type": "string",
            "format": "date-time",
            "description": "Never sent by Warble (fields are not verified)."
          }
        },
        "required": [
          "name",
          "value"
        ]
      },
      "AccountSource": {
        "type": "object",
        "properties": {
          "privacy": {
            "type": "string",
            "enum": [
              "public",
              "unlisted",
              "private",
              "direct"
            ],
            "description": "Default post visibility."
          },
          "sensitive": {
            "type": "boolean"
          },
          "language": {
            "type": "string",
            "description": "Never sent by Warble."
          },
          "note": {
            "type": "string"
          },
          "fields": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AccountField"
            }
          },
          "follow_requests_count": {
            "type": "integer"
          }
        },
        "required": [
          "privacy",
          "sensitive",
          "note",
          "fields",
          "follow_requests_count"
        ]
      },
      "Role": {
        "type": "object",
        "description": "Mastodon 4's role entity.",
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string",
            "description": "`admin`, `compliance`, `auditor`, or empty for members."
          },
          "permissions": {
            "type": "string",
            "description": "A permissions bit mask as a decimal string."
          },
          "color": {
            "type": "string"
          },
          "highlighted": {
            "type": "boolean"
          }
        },
        "required": [
          "id",
          "name",
          "permissions",
          "color",
          "highlighted"
        ]
      },
      "Account": {
        "type": "object",
        "description": "An account (Mastodon's `Account` entity), with the directory's attributes as profile fields.",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[0-9]+$"
          },
          "username": {
            "type": "string"
          },
          "acct": {
            "type": "string",
            "description": "The handle; Warble has no remote accounts, so it never has a domain."
          },
          "display_name": {
            "type": "string"
          },
          "locked": {
            "type": "boolean"
          },
          "bot": {
            "type": "boolean"
          },
          "discoverable": {
            "type": "boolean"
          },
          "group": {
            "type": "boolean"
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "note": {
            "type": "string"
          },
          "url": {
            "type": "string",
            "format": "uri"
          },
          "uri": {
            "type": "string",
            "format": "uri"
          },
          "avatar": {
            "type": "string",
            "format": "uri"
          },
          "avatar_static": {
            "type": "string",
            "format": "uri"
          },
          "header": {
            "type": "string",
            "format": "uri"
          },
          "header_static": {
            "type": "string",
            "format": "uri"
          },
          "followers_count": {
            "type": "integer"
          },
          "following_count": {
            "type": "integer"
          },
          "statuses_count": {
            "type": "integer"
          },
          "last_status_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date",
            "description": "The day of the latest post."
          },
          "emojis": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "maxItems": 0,
            "description": "Always empty in Warble."
          },
          "fields": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AccountField"
            }
          },
          "source": {
            "$ref": "#/components/schemas/AccountSource",
            "description": "Only in `verify_credentials`."
          },
          "role": {
            "$ref": "#/components/schemas/Role",
            "description": "Only in `verify_credentials`."
          }
        },
        "required": [
          "id",
          "username",
          "acct",
          "display_name",
          "locked",
          "bot",
          "discoverable",
          "group",
          "created_at",
          "note",
          "url",
          "uri",
          "avatar",
          "avatar_static",
          "header",
          "header_static",
          "followers_count",
          "following_count",
          "statuses_count",
          "last_status_at",
          "emojis",
          "fields"
        ]
      },
      "CredentialAccount": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Account"
          },
          {
            "type": "object",
            "required": [
              "source",
              "role"
            ]
          }
        ],
        "description": "The reader's own account: an `Account` with `source` and `role`."
      },
      "MediaAttachment": {
        "type": "object",
        "description": "An uploaded file (Mastodon's `MediaAttachment` entity).",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[0-9]+$"
          },
          "type": {
            "type": "string",
            "enum": [
              "image",
              "unknown"
            ],
            "description": "`image` for pictures; `unknown` for documents, which clients offer as a download."
          },
          "url": {
            "type": "string",
            "format": "uri",
            "description": "A signed link to the file for this reader; it expires."
          },
          "preview_url": {
            "type": "string",
            "format": "uri"
          },
          "remote_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "Always null (no federation)."
          },
          "text_url": {
            "type": "string",
            "format": "uri"
          },
          "meta": {
            "type": "object",
            "properties": {
              "original": {
                "oneOf": [
                  {
                    "type": "object",
                    "properties": {
                      "width": {
                        "type": "integer"
                      },
                      "height": {
                        "type": "integer"
                      },
                      "size": {
                        "type": "string",
                        "description": "`WIDTHxHEIGHT`."
                      },
                      "aspect": {
                        "type": "number"
                      }
                    },
                    "required": [
                      "width",
                      "height",
                      "size",
                      "aspect"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "The image's size; null for documents and unreadable images."
              }
            },
            "required": [
              "original"
            ]
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "description": "The alt text; null when empty."
          },
          "blurhash": {
            "type": [
              "string",
              "null"
            ],
            "description": "Always null."
          }
        },
        "required": [
          "id",
          "type",
          "url",
          "preview_url",
          "remote_url",
          "text_url",
          "meta",
          "description",
          "blurhash"
        ]
      },
      "Mention": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[0-9]+$"
          },
          "username": {
            "type": "string"
          },
          "url": {
            "type": "string",
            "format": "uri"
          },
          "acct": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "username",
          "url",
          "acct"
        ]
      },
      "StatusTag": {
        "type": "object",
        "description": "A hashtag as a status shows it.",
        "properties": {
          "name": {
            "type": "string"
          },
          "url": {
            "type": "string",
            "format": "uri"
          }
        },
        "required": [
          "name",
          "url"
        ]
      },
      "TagHistory": {
        "type": "object",
        "description": "One day of a hashtag's use.",
        "properties": {
          "day": {
            "type": "string",
            "pattern": "^[0-9]+$",
            "description": "The day's start as a UNIX timestamp."
          },
          "uses": {
            "type": "string",
            "pattern": "^[0-9]+$"
          },
          "accounts": {
            "type": "string",
            "pattern": "^[0-9]+$"
          }
        },
        "required": [
          "day",
          "uses",
          "accounts"
        ]
      },
      "Tag": {
        "type": "object",
        "description": "A hashtag (Mastodon's `Tag` entity) with its use and whether the reader follows it.",
        "properties": {
          "name": {
            "type": "string"
          },
          "url": {
            "type": "string",
            "format": "uri"
          },
          "history": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TagHistory"
            },
            "description": "A week of daily use, newest first."
          },
          "following": {
            "type": "boolean"
          }
        },
        "required": [
          "name",
          "url",
          "history",
          "following"
        ]
      },
      "Application": {
        "type": "object",
        "description": "The application a status was posted with.",
        "properties": {
          "name": {
            "type": "string"
          },
          "website": {
            "type": [
              "string",
              "null"
            ],
            "description": "Always null."
          }
        },
        "required": [
          "name",
          "website"
        ]
      },
      "WarbleGroupReference": {
        "type": "object",
        "description": "Warble's extension: the group a post was made in.",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[0-9]+$"
          },
          "slug": {
            "type": "string"
          },
          "name": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "slug",
          "name"
        ]
      },
      "Status": {
        "type": "object",
        "description": "A post (Mastodon's `Status` entity).",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[0-9]+$"
          },
          "uri": {
            "type": "string",
            "format": "uri"
          },
          "url": {
            "type": "string",
            "format": "uri"
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "edited_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "account": {
            "$ref": "#/components/schemas/Account"
          },
          "content": {
            "type": "string",
            "description": "HTML."
          },
          "visibility": {
            "type": "string",
            "enum": [
              "public",
              "unlisted",
              "private",
              "direct"
            ]
          },
          "sensitive": {
            "type": "boolean"
          },
          "spoiler_text": {
            "type": "string"
          },
          "in_reply_to_id": {
            "type": [
              "string",
              "null"
            ],
            "pattern": "^[0-9]+$"
          },
          "in_reply_to_account_id": {
            "type": [
              "string",
              "null"
            ],
            "pattern": "^[0-9]+$"
          },
          "language": {
            "type": [
              "string",
              "null"
            ]
          },
          "application": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/Application"
              },
              {
                "type": "null"
              }
            ]
          },
          "replies_count": {
            "type": "integer"
          },
          "reblogs_count": {
            "type": "integer"
          },
          "favourites_count": {
            "type": "integer"
          },
          "favourited": {
            "type": "boolean"
          },
          "reblogged": {
            "type": "boolean"
          },
          "muted": {
            "type": "boolean"
          },
          "bookmarked": {
            "type": "boolean"
          },
          "pinned": {
            "type": "boolean"
          },
          "media_attachments": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/MediaAttachment"
            }
          },
          "mentions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Mention"
            }
          },
          "tags": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/StatusTag"
            }
          },
          "emojis": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "maxItems": 0,
            "description": "Always empty in Warble."
          },
          "filtered": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "maxItems": 0,
            "description": "Always empty in Warble."
          },
          "card": {
            "type": "null",
            "description": "Always null: Warble makes no preview cards."
          },
          "poll": {
            "type": "null",
            "description": "Always null: Warble has no polls."
          },
          "reblog": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/Status"
              },
              {
                "type": "null"
              }
            ],
            "description": "For a reblog, the post it shares."
          },
          "group": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/WarbleGroupReference"
              },
              {
                "type": "null"
              }
            ],
            "description": "Warble's extension: the group the post was made in."
          },
          "text": {
            "type": "string",
            "description": "The source text; only in the answer to `DELETE /api/v1/statuses/{id}` (for delete and redraft)."
          }
        },
        "required": [
          "id",
          "uri",
          "url",
          "created_at",
          "edited_at",
          "account",
          "content",
          "visibility",
          "sensitive",
          "spoiler_text",
          "in_reply_to_id",
          "in_reply_to_account_id",
          "language",
          "application",
          "replies_count",
          "reblogs_count",
          "favourites_count",
          "favourited",
          "reblogged",
          "muted",
          "bookmarked",
          "pinned",
          "media_attachments",
          "mentions",
          "tags",
          "emojis",
          "filtered",
          "card",
          "poll",
          "reblog",
          "group"
        ]
      },
      "StatusEdit": {
        "type": "object",
        "description": "One version of a post (Mastodon's `StatusEdit` entity).",
        "properties": {
          "content": {
            "type": "string",
            "description": "HTML."
          },
          "spoiler_text": {
            "type": "string"
          },
          "sensitive": {
            "type": "boolean"
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "account": {
            "$ref": "#/components/schemas/Account"
          },
          "poll": {
            "type": "null",
            "description": "Always null."
          },
          "media_attachments": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "maxItems": 0,
            "description": "Always empty in Warble."
          },
          "emojis": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "maxItems": 0,
            "description": "Always empty in Warble."
          }
        },
        "required": [
          "content",
          "spoiler_text",
          "sensitive",
          "created_at",
          "account",
          "poll",
          "media_attachments",
          "emojis"
        ]
      },
      "StatusSource": {
        "type": "object",
        "description": "What the author typed (Mastodon's `StatusSource`).",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[0-9]+$"
          },
          "text": {
            "type": "string"
          },
          "spoiler_text": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "text",
          "spoiler_text"
        ]
      },
      "Context": {
        "type": "object",
        "description": "A post's thread: what it replies to and the replies to it.",
        "properties": {
          "ancestors": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Status"
            }
          },
          "descendants": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Status"
            }
          }
        },
        "required": [
          "ancestors",
          "descendants"
        ]
      },
      "Relationship": {
        "type": "object",
        "description": "How the reader stands to an account.",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[0-9]+$"
          },
          "following": {
            "type": "boolean"
          },
          "showing_reblogs": {
            "type": "boolean"
          },
          "notifying": {
            "type": "boolean"
          },
          "languages": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Never sent by Warble."
          },
          "followed_by": {
            "type": "boolean"
          },
          "blocking": {
            "type": "boolean"
          },
          "blocked_by": {
            "type": "boolean"
          },
          "muting": {
            "type": "boolean"
          },
          "muting_notifications": {
            "type": "boolean"
          },
          "requested": {
            "type": "boolean"
          },
          "requested_by": {
            "type": "boolean"
          },
          "domain_blocking": {
            "type": "boolean"
          },
          "endorsed": {
            "type": "boolean"
          },
          "note": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "following",
          "showing_reblogs",
          "notifying",
          "followed_by",
          "blocking",
          "blocked_by",
          "muting",
          "muting_notifications",
          "requested",
          "requested_by",
          "domain_blocking",
          "endorsed",
          "note"
        ]
      },
      "Notification": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[0-9]+$"
          },
          "type": {
            "type": "string",
            "enum": [
              "mention",
              "status",
              "reblog",
              "follow",
              "favourite",
              "update"
            ]
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "account": {
            "$ref": "#/components/schemas/Account"
          },
          "status": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/Status"
              },
              {
                "type": "null"
              }
            ],
            "description": "The post concerned; null for `follow`."
          }
        },
        "required": [
          "id",
          "type",
          "created_at",
          "account",
          "status"
        ]
      },
      "List": {
        "type": "object",
        "description": "One of the reader's lists.",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[0-9]+$"
          },
          "title": {
            "type": "string"
          },
          "replies_policy": {
            "type": "string",
            "enum": [
              "followed",
              "list",
              "none"
            ]
          },
          "exclusive": {
            "type": "boolean"
          }
        },
        "required": [
          "id",
          "title",
          "replies_policy",
          "exclusive"
        ]
      },
      "Conversation": {
        "type": "object",
        "description": "A thread of direct posts.",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[0-9]+$"
          },
          "unread": {
            "type": "boolean"
          },
          "accounts": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Account"
            }
          },
          "last_status": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/Status"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "required": [
          "id",
          "unread",
          "accounts",
          "last_status"
        ]
      },
      "SearchResults": {
        "type": "object",
        "properties": {
          "accounts": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Account"
            }
          },
          "statuses": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Status"
            }
          },
          "hashtags": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Tag"
            }
          }
        },
        "required": [
          "accounts",
          "statuses",
          "hashtags"
        ]
      },
      "Instance": {
        "type": "object",
        "description": "The server (Mastodon's v1 `Instance` entity).",
        "properties": {
          "uri": {
            "type": "string",
            "description": "The server's domain."
          },
          "title": {
            "type": "string"
          },
          "short_description": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "email": {
            "type": "string"
          },
          "version": {
            "type": "string",
            "description": "`4.3.0 (compatible; Warble VERSION)`."
          },
          "urls": {
            "type": "object",
            "properties": {
              "streaming_api": {
                "type": "string",
                "format": "uri"
              }
            },
            "required": [
              "streaming_api"
            ]
          },
          "stats": {
            "type": "object",
            "properties": {
              "user_count": {
                "type": "integer"
              },
              "status_count": {
                "type": "integer"
              },
              "domain_count": {
                "type": "integer"
              }
            },
            "required": [
              "user_count",
              "status_count",
              "domain_count"
            ]
          },
          "thumbnail": {
            "type": "string",
            "description": "Never sent by Warble."
          },
          "languages": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "registrations": {
            "type": "boolean"
          },
          "approval_required": {
            "type": "boolean"
          },
          "invites_enabled": {
            "type": "boolean"
          },
          "configuration": {
            "type": "object",
            "properties": {
              "statuses": {
                "type": "object",
                "properties": {
                  "max_characters": {
                    "type": "integer"
                  },
                  "max_media_attachments": {
                    "type": "integer"
                  },
                  "characters_reserved_per_url": {
                    "type": "integer"
                  }
                },
                "required": [
                  "max_characters",
                  "max_media_attachments",
                  "characters_reserved_per_url"
                ]
              },
              "media_attachments": {
                "type": "object",
                "properties": {
                  "supported_mime_types": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "image_size_limit": {
                    "type": "integer"
                  },
                  "image_matrix_limit": {
                    "type": "integer"
                  },
                  "video_size_limit": {
                    "type": "integer"
                  },
                  "video_frame_rate_limit": {
                    "type": "integer"
                  },
                  "video_matrix_limit": {
                    "type": "integer"
                  }
                },
                "required": [
                  "supported_mime_types",
                  "image_size_limit",
                  "image_matrix_limit",
                  "video_size_limit",
                  "video_frame_rate_limit",
                  "video_matrix_limit"
                ]
              },
              "polls": {
                "type": "object",
                "properties": {
                  "max_options": {
                    "type": "integer"
                  },
                  "max_characters_per_option": {
                    "type": "integer"
                  },
                  "min_expiration": {
                    "type": "integer"
                  },
                  "max_expiration": {
                    "type": "integer"
                  }
                },
                "required": [
                  "max_options",
                  "max_characters_per_option",
                  "min_expiration",
                  "max_expiration"
                ]
              },
              "accounts": {
                "type": "object",
                "properties": {
                  "max_featured_tags": {
                    "type": "integer"
                  }
                },
                "required": [
                  "max_featured_tags"
                ]
              }
            },
            "required": [
              "statuses",
              "media_attachments",
              "polls",
              "accounts"
            ]
          },
          "rules": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "maxItems": 0,
            "description": "Always empty in Warble."
          }
        },
        "required": [
          "uri",
          "title",
          "short_description",
          "description",
          "email",
          "version",
          "urls",
          "stats",
          "languages",
          "registrations",
          "approval_required",
          "invites_enabled",
          "configuration",
          "rules"
        ]
      },
      "InstanceV2": {
        "type": "object",
        "description": "The server (Mastodon's v2 `Instance` entity).",
        "properties": {
          "domain": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "version": {
            "type": "string",
            "description": "`4.3.0 (compatible; Warble VERSION)`."
          },
          "source_url": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "usage": {
            "type": "object",
            "properties": {
              "users": {
                "type": "object",
                "properties": {
                  "active_month": {
                    "type": "integer"
                  }
                },
                "required": [
                  "active_month"
                ]
              }
            },
            "required": [
              "users"
            ]
          },
          "languages": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "configuration": {
            "type": "object",
            "properties": {
              "urls": {
                "type": "object",
                "properties": {
                  "streaming": {
                    "type": "string",
                    "format": "uri"
                  }
                },
                "required": [
                  "streaming"
                ]
              },
              "accounts": {
                "type": "object",
                "properties": {
                  "max_featured_tags": {
                    "type": "integer"
                  }
                },
                "required": [
                  "max_featured_tags"
                ]
              },
              "statuses": {
                "type": "object",
                "properties": {
                  "max_characters": {
                    "type": "integer"
                  },
                  "max_media_attachments": {
                    "type": "integer"
                  },
                  "characters_reserved_per_url": {
                    "type": "integer"
                  }
                },
                "required": [
                  "max_characters",
                  "max_media_attachments",
                  "characters_reserved_per_url"
                ]
              },
              "media_attachments": {
                "type": "object",
                "properties": {
                  "supported_mime_types": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "image_size_limit": {
                    "type": "integer"
                  },
                  "image_matrix_limit": {
                    "type": "integer"
                  },
                  "video_size_limit": {
                    "type": "integer"
                  },
                  "video_frame_rate_limit": {
                    "type": "integer"
                  },
                  "video_matrix_limit": {
                    "type": "integer"
                  }
                },
                "required": [
                  "supported_mime_types",
                  "image_size_limit",
                  "image_matrix_limit",
                  "video_size_limit",
                  "video_frame_rate_limit",
                  "video_matrix_limit"
                ]
              },
              "polls": {
                "type": "object",
                "properties": {
                  "max_options": {
                    "type": "integer"
                  },
                  "max_characters_per_option": {
                    "type": "integer"
                  },
                  "min_expiration": {
                    "type": "integer"
                  },
                  "max_expiration": {
                    "type": "integer"
                  }
                },
                "required": [
                  "max_options",
                  "max_characters_per_option",
                  "min_expiration",
                  "max_expiration"
                ]
              },
              "translation": {
                "type": "object",
                "properties": {
                  "enabled": {
                    "type": "boolean"
                  }
                },
                "required": [
                  "enabled"
                ]
              }
            },
            "required": [
              "urls",
              "accounts",
              "statuses",
              "media_attachments",
              "polls",
              "translation"
            ]
          },
          "registrations": {
            "type": "object",
            "properties": {
              "enabled": {
                "type": "boolean"
              },
              "approval_required": {
                "type": "boolean"
              },
              "message": {
                "type": "string",
                "description": "Never sent by Warble."
              }
            },
            "required": [
              "enabled",
              "approval_required"
            ]
          },
          "api_versions": {
            "type": "object",
            "properties": {
              "mastodon": {
                "type": "integer"
              }
            },
            "required": [
              "mastodon"
            ]
          },
          "contact": {
            "type": "object",
            "properties": {
              "email": {
                "type": "string"
              },
              "account": {
                "type": "string",
                "description": "Never sent by Warble."
              }
            },
            "required": [
              "email"
            ]
          },
          "rules": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "maxItems": 0,
            "description": "Always empty in Warble."
          }
        },
        "required": [
          "domain",
          "title",
          "version",
          "source_url",
          "description",
          "usage",
          "languages",
          "configuration",
          "registrations",
          "api_versions",
          "contact",
          "rules"
        ]
      },
      "CreatedApplication": {
        "type": "object",
        "description": "A registered application with its credentials.",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[0-9]+$"
          },
          "name": {
            "type": "string"
          },
          "website": {
            "type": "string",
            "description": "Omitted when none was given."
          },
          "redirect_uri": {
            "type": "string",
            "description": "The redirect URIs, one a line."
          },
          "redirect_uris": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "scopes": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "client_id": {
            "type": "string"
          },
          "client_secret": {
            "type": "string"
          },
          "vapid_key": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "name",
          "redirect_uri",
          "redirect_uris",
          "scopes",
          "client_id",
          "client_secret",
          "vapid_key"
        ]
      },
      "Token": {
        "type": "object",
        "properties": {
          "access_token": {
            "type": "string"
          },
          "token_type": {
            "type": "string",
            "enum": [
              "Bearer"
            ]
          },
          "scope": {
            "type": "string",
            "description": "The granted scopes, separated by spaces."
          },
          "created_at": {
            "type": "integer",
            "description": "UNIX time."
          }
        },
        "required": [
          "access_token",
          "token_type",
          "scope",
          "created_at"
        ]
      },
      "OAuthServerMetadata": {
        "type": "object",
        "description": "RFC 8414 authorization server metadata.",
        "properties": {
          "issuer": {
            "type": "string",
            "format": "uri"
          },
          "authorization_endpoint": {
            "type": "string",
            "format": "uri"
          },
          "token_endpoint": {
            "type": "string",
            "format": "uri"
          },
          "revocation_endpoint": {
            "type": "string",
            "format": "uri"
          },
          "app_registration_endpoint": {
            "type": "string",
            "format": "uri"
          },
          "scopes_supported": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "response_types_supported": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "grant_types_supported": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "token_endpoint_auth_methods_supported": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "issuer",
          "authorization_endpoint",
          "token_endpoint",
          "revocation_endpoint",
          "app_registration_endpoint",
          "scopes_supported",
          "response_types_supported",
          "grant_types_supported",
          "token_endpoint_auth_methods_supported"
        ]
      },
      "WarbleGroup": {
        "type": "object",
        "description": "Warble's extension: a group, with the reader's membership.",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[0-9]+$"
          },
          "slug": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "privacy": {
            "type": "string",
            "enum": [
              "open",
              "closed",
              "secret"
            ],
            "description": "Open groups take anyone; closed ones take requests; secret ones are invisible to non-members."
          },
          "members_count": {
            "type": "integer"
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "url": {
            "type": "string",
            "format": "uri"
          },
          "membership": {
            "oneOf": [
              {
                "type": "object",
                "properties": {
                  "role": {
                    "type": "string",
                    "enum": [
                      "member",
                      "admin"
                    ]
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "active",
                      "pending"
                    ]
                  }
                },
                "required": [
                  "role",
                  "state"
                ]
              },
              {
                "type": "null"
              }
            ],
            "description": "The reader's membership; null when none."
          }
        },
        "required": [
          "id",
          "slug",
          "name",
          "description",
          "privacy",
          "members_count",
          "created_at",
          "url",
          "membership"
        ]
      },
      "Marker": {
        "type": "object",
        "properties": {
          "last_read_id": {
            "type": "string",
            "pattern": "^[0-9]+$"
          },
          "version": {
            "type": "integer"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time"
          }
        },
        "required": [
          "last_read_id",
          "version",
          "updated_at"
        ]
      },
      "Markers": {
        "type": "object",
        "description": "The markers asked for or saved, by timeline.",
        "properties": {
          "home": {
            "$ref": "#/components/schemas/Marker"
          },
          "notifications": {
            "$ref": "#/components/schemas/Marker"
          }
        }
      },
      "Preferences": {
        "type": "object",
        "properties": {
          "posting:default:visibility": {
            "type": "string"
          },
          "posting:default:sensitive": {
            "type": "boolean"
          },
          "posting:default:language": {
            "type": [
              "string",
              "null"
            ]
          },
          "reading:expand:media": {
            "type": "string"
          },
          "reading:expand:spoilers": {
            "type": "boolean"
          }
        },
        "required": [
          "posting:default:visibility",
          "posting:default:sensitive",
          "posting:default:language",
          "reading:expand:media",
          "reading:expand:spoilers"
        ]
      },
      "HealthStatus": {
        "type": "object",
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "ok",
              "ready"
            ]
          }
        },
        "required": [
          "status"
        ]
      },
      "LenientID": {
        "description": "An id, as a string of digits or a JSON number.",
        "oneOf": [
          {
            "type": "string",
            "pattern": "^[0-9]+$"
          },
          {
            "type": "integer"
          }
        ]
      },
      "LenientBool": {
        "description": "A boolean; in forms also `true`/`false`, `1`/`0`, `on`/`off`, `yes`/`no` (any case), or empty for false.",
        "oneOf": [
          {
            "type": "boolean"
          },
          {
            "type": "integer"
          },
          {
            "type": "string",
            "enum": [
              "true",
              "false",
              "1",
              "0",
              "on",
              "off",
              "yes",
              "no",
              ""
            ]
          }
        ]
      },
      "StatusForm": {
        "type": "object",
        "description": "Other fields are ignored. `PUT` uses only `status`, `spoiler_text`, `sensitive` and `dlp_confirmed`.",
        "properties": {
          "status": {
            "type": "string",
            "description": "The text; may be empty when files are attached."
          },
          "spoiler_text": {
            "type": "string",
            "description": "A content warning."
          },
          "in_reply_to_id": {
            "$ref": "#/components/schemas/LenientID"
          },
          "sensitive": {
            "allOf": [
              {
                "$ref": "#/components/schemas/LenientBool"
              }
            ],
            "description": "Defaults to whether there is a content warning."
          },
          "visibility": {
            "type": "string",
            "enum": [
              "public",
              "unlisted",
              "private",
              "direct",
              ""
            ],
            "description": "Empty or absent means `public`."
          },
          "language": {
            "type": "string",
            "maxLength": 16,
            "pattern": "^[A-Za-z-]*$",
            "description": "An ISO 639 code such as `en` or `pt-BR`."
          },
          "group_id": {
            "allOf": [
              {
                "$ref": "#/components/schemas/LenientID"
              }
            ],
            "description": "Warble's extension: post in this group (as an active member)."
          },
          "media_ids": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/LenientID"
            },
            "description": "Up to 4 of the reader's unattached uploads."
          },
          "dlp_confirmed": {
            "allOf": [
              {
                "$ref": "#/components/schemas/LenientBool"
              }
            ],
            "description": "Warble's extension: post even though a DLP `warn` rule found something (the 422 with `Warble-DLP: warn` asks for it). Does nothing against a `block` rule."
          }
        }
      },
      "CreateApplicationForm": {
        "type": "object",
        "properties": {
          "client_name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "pattern": "\\S",
            "description": "1 to 100 characters after trimming white space."
          },
          "redirect_uris": {
            "type": "string",
            "description": "Absolute URIs separated by white space; default `urn:ietf:wg:oauth:2.0:oob`."
          },
          "scopes": {
            "type": "string",
            "pattern": "^(write:conversations|write:notifications|read:notifications|write:favourites|read:favourites|write:bookmarks|read:bookmarks|write:accounts|write:statuses|read:accounts|read:statuses|write:filters|write:follows|write:reports|read:filters|read:follows|write:blocks|admin:write|read:blocks|read:search|write:lists|write:media|write:mutes|admin:read|read:lists|read:mutes|profile|follow|write|push|read)([ +]+(write:conversations|write:notifications|read:notifications|write:favourites|read:favourites|write:bookmarks|read:bookmarks|write:accounts|write:statuses|read:accounts|read:statuses|write:filters|write:follows|write:reports|read:filters|read:follows|write:blocks|admin:write|read:blocks|read:search|write:lists|write:media|write:mutes|admin:read|read:lists|read:mutes|profile|follow|write|push|read))*$",
            "description": "Separated by spaces or `+`; default `read`. An unknown scope: 400."
          },
          "website": {
            "type": "string"
          }
        },
        "required": [
          "client_name"
        ]
      },
      "TokenForm": {
        "type": "object",
        "properties": {
          "grant_type": {
            "type": "string",
            "enum": [
              "password",
              "authorization_code",
              "client_credentials"
            ]
          },
          "client_id": {
            "type": "string"
          },
          "client_secret": {
            "type": "string"
          },
          "username": {
            "type": "string",
            "description": "For the password grant."
          },
          "password": {
            "type": "string",
            "description": "For the password grant."
          },
          "code": {
            "type": "string",
            "description": "For the authorization-code grant."
          },
          "redirect_uri": {
            "type": "string",
            "description": "For the authorization-code grant."
          },
          "scope": {
            "type": "string",
            "pattern": "^(write:conversations|write:notifications|read:notifications|write:favourites|read:favourites|write:bookmarks|read:bookmarks|write:accounts|write:statuses|read:accounts|read:statuses|write:filters|write:follows|write:reports|read:filters|read:follows|write:blocks|admin:write|read:blocks|read:search|write:lists|write:media|write:mutes|admin:read|read:lists|read:mutes|profile|follow|write|push|read)([ +]+(write:conversations|write:notifications|read:notifications|write:favourites|read:favourites|write:bookmarks|read:bookmarks|write:accounts|write:statuses|read:accounts|read:statuses|write:filters|write:follows|write:reports|read:filters|read:follows|write:blocks|admin:write|read:blocks|read:search|write:lists|write:media|write:mutes|admin:read|read:lists|read:mutes|profile|follow|write|push|read))*$",
            "description": "Separated by spaces or `+`; default: the application's scopes. An unknown scope, or one the application did not register: 400."
          }
        }
      },
      "RevokeForm": {
        "type": "object",
        "properties": {
          "client_id": {
            "type": "string"
          },
          "client_secret": {
            "type": "string"
          },
          "token": {
            "type": "string"
          }
        }
      },
      "AuthorizeForm": {
        "type": "object",
        "properties": {
          "client_id": {
            "type": "string"
          },
          "redirect_uri": {
            "type": "string"
          },
          "scope": {
            "type": "string"
          },
          "state": {
            "type": "string"
          },
          "response_type": {
            "type": "string",
            "enum": [
              "code"
            ]
          },
          "csrf_token": {
            "type": "string"
          },
          "action": {
            "type": "string",
            "enum": [
              "sign_in"
            ],
            "description": "`sign_in` to sign in; anything else answers the consent form."
          },
          "username": {
            "type": "string"
          },
          "password": {
            "type": "string"
          },
          "decision": {
            "type": "string",
            "enum": [
              "allow",
              "deny"
            ],
            "description": "`allow` grants the code; anything else denies."
          }
        }
      },
      "MuteForm": {
        "type": "object",
        "properties": {
          "notifications": {
            "allOf": [
              {
                "$ref": "#/components/schemas/LenientBool"
              }
            ],
            "description": "Also hide their notifications (default true)."
          }
        }
      },
      "ReblogForm": {
        "type": "object",
        "properties": {
          "visibility": {
            "type": "string",
            "enum": [
              "public",
              "unlisted",
              "private",
              "direct",
              ""
            ],
            "description": "Empty or absent means `public`; `direct` is refused."
          }
        }
      },
      "ListForm": {
        "type": "object",
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "pattern": "\\S",
            "description": "1 to 100 characters after trimming white space; required to create."
          },
          "replies_policy": {
            "type": "string",
            "enum": [
              "followed",
              "list",
              "none"
            ]
          },
          "exclusive": {
            "$ref": "#/components/schemas/LenientBool"
          }
        }
      },
      "ListAccountsForm": {
        "type": "object",
        "properties": {
          "account_ids": {
            "type": "array",
            "items": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "description": "Account ids, as strings."
          }
        }
      },
      "GroupForm": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "pattern": "\\S",
            "description": "1 to 100 characters after trimming white space; required to create."
          },
          "slug": {
            "type": "string",
            "maxLength": 64,
            "pattern": "^[a-z0-9][a-z0-9_-]*$",
            "description": "Lower-case letters, digits, `-` and `_`, up to 64; derived from the name when absent. Only when creating."
          },
          "description": {
            "type": "string",
            "maxLength": 2000
          },
          "privacy": {
            "type": "string",
            "enum": [
              "open",
              "closed",
              "secret"
            ]
          }
        }
      },
      "MediaDescriptionForm": {
        "type": "object",
        "properties": {
          "description": {
            "type": "string",
            "maxLength": 1500,
            "description": "Alt text, up to 1500 characters; absent means empty."
          }
        }
      },
      "MediaUploadForm": {
        "type": "object",
        "properties": {
          "file": {
            "type": "string",
            "format": "binary",
            "contentMediaType": "application/octet-stream",
            "description": "An image (JPEG, PNG, GIF, WebP) or document (PDF, Word, Excel, PowerPoint, OpenDocument, text, CSV); its type comes from its bytes."
          },
          "description": {
            "type": "string",
            "maxLength": 1500,
            "description": "Alt text, up to 1500 characters."
          }
        },
        "required": [
          "file"
        ]
      },
      "MarkerPosition": {
        "type": "object",
        "properties": {
          "last_read_id": {
            "$ref": "#/components/schemas/LenientID"
          }
        }
      },
      "MarkersForm": {
        "type": "object",
        "description": "`home[last_read_id]=…` and/or `notifications[last_read_id]=…`.",
        "properties": {
          "home": {
            "$ref": "#/components/schemas/MarkerPosition"
          },
          "notifications": {
            "$ref": "#/components/schemas/MarkerPosition"
          }
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request is malformed: a body or query that does not decode, or a bad parameter.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "No token, or a token that is not live (`The access token is invalid`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "Forbidden": {
        "description": "The token lacks the scope, or the reader may not do this.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "NotFound": {
        "description": "`Record not found`: no such record, or the reader may not see it.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "ContentTooLarge": {
        "description": "The request body is larger than the server accepts.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "UnprocessableContent": {
        "description": "Validation failed, or the token has no user (`This method requires an authenticated user`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "StatusUnprocessableContent": {
        "description": "Validation failed, or DLP refused the post: then `error` is the rule's message, `error_description` names the rule and says what to do, and `Warble-DLP` says whether confirming (`dlp_confirmed=true`) can help.",
        "headers": {
          "Warble-DLP": {
            "$ref": "#/components/headers/Warble-DLP"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Over the rate limit (per token, or per address without one).",
        "headers": {
          "Retry-After": {
            "$ref": "#/components/headers/Retry-After"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "ServiceUnavailable": {
        "description": "A service the request needs (the database or the directory) is unavailable.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      }
    },
    "parameters": {
      "max_id": {
        "name": "max_id",
        "in": "query",
        "description": "Only results older than this id. Not a number: 400.",
        "schema": {
          "type": "string",
          "pattern": "^[0-9]+$"
        }
      },
      "since_id": {
        "name": "since_id",
        "in": "query",
        "description": "Only results newer than this id. Not a number: 400.",
        "schema": {
          "type": "string",
          "pattern": "^[0-9]+$"
        }
      },
      "min_id": {
        "name": "min_id",
        "in": "query",
        "description": "Only results immediately newer than this id (the page just after it). Not a number: 400.",
        "schema": {
          "type": "string",
          "pattern": "^[0-9]+$"
        }
      },
      "access_token": {
        "name": "access_token",
        "in": "query",
        "description": "The token, for clients that cannot send `Authorization` (browsers' EventSource and WebSocket). Read on streaming routes only.",
        "schema": {
          "type": "string"
        }
      }
    },
    "headers": {
      "Warble-DLP": {
        "description": "On a 422 from DLP: `block` (the post cannot go out as it is) or `warn` (send it again with `dlp_confirmed=true` to post anyway).",
        "schema": {
          "type": "string",
          "enum": [
            "block",
            "warn"
          ]
        }
      },
      "Link": {
        "description": "RFC 8288 links to the next (older, `rel=\"next\"`, with `max_id`) and previous (newer, `rel=\"prev\"`, with `min_id`) pages; absent on an empty page.",
        "schema": {
          "type": "string"
        }
      },
      "Retry-After": {
        "description": "Seconds until the limit resets.",
        "schema": {
          "type": "integer"
        }
      },
      "X-RateLimit-Limit": {
        "description": "Requests allowed per five-minute window.",
        "schema": {
          "type": "integer"
        }
      },
      "X-RateLimit-Remaining": {
        "description": "Requests left in this window.",
        "schema": {
          "type": "integer"
        }
      },
      "X-RateLimit-Reset": {
        "description": "When the window ends.",
        "schema": {
          "type": "string",
          "format": "date-time"
        }
      }
    }
  }
}
"""#
}
