resource "kubernetes_config_map_v1" "web" {
  metadata {
    name = "web-config"
  }
  data = {
    "default.conf" = <<-EOT
      server {
        listen 80;
      }
    EOT
    MODE           = "production"
  }
  binary_data = {
    "logo.png" = "iVBORw0KGgo="
  }
}

resource "kubernetes_config_map" "legacy" {
  metadata {
    name = "legacy-config"
  }
  immutable = true
  data = {
    key = "value"
  }
}
