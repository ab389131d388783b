//! Errors as JSON: `{"error": message, "parameter": name?}` with a 4xx or 5xx status.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// What went wrong, in English.
    pub error: String,
    /// The query parameter at fault, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
}

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub body: ErrorBody,
}

impl ApiError {
    pub fn new(status: StatusCode, msg: impl Into<String>) -> ApiError {
        ApiError { status, body: ErrorBody { error: msg.into(), parameter: None } }
    }
    pub fn bad_param(name: &str, msg: impl Into<String>) -> ApiError {
        ApiError { status: StatusCode::BAD_REQUEST, body: ErrorBody { error: msg.into(), parameter: Some(name.to_string()) } }
    }
    pub fn not_found(msg: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, msg)
    }
    pub fn internal(msg: impl Into<String>) -> ApiError {
        let msg = msg.into();
        tracing::error!(error = %msg, "internal error");
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, msg)
    }
}

impl From<rasd_store::StoreError> for ApiError {
    fn from(e: rasd_store::StoreError) -> ApiError {
        match e {
            // The only user-caused store error is a text search with no words.
            rasd_store::StoreError::Other(m) if m.contains("has no words") => ApiError::bad_param("text", m.replace("--text", "text")),
            e => ApiError::internal(e.to_string()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut r = (self.status, Json(self.body)).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            r.headers_mut().insert(axum::http::header::WWW_AUTHENTICATE, axum::http::HeaderValue::from_static("Bearer"));
        }
        r
    }
}
