# leading comment
terraform {
  required_providers {
    kubernetes = {
      source  = "hashicorp/kubernetes"
      version = ">= 3.0.0"
    }
  }
}
resource "kubernetes_manifest" "web" {
  # attached comment
  manifest = {
    apiVersion = "apps/v1"
    kind       = "Deployment"
    metadata = {
      name = "web"
      annotations = {
        "app.kubernetes.io/name" = "web"
        "kubectl.kubernetes.io/default-container" = "app"
      }
    }
    spec = {
      replicas = 3
      ratio    = 0.5
      big      = 12345678901234567890
      enabled  = true
      nothing  = null
      cmd      = ["sh", "-c", "echo $${HOME} and %%{x} and $HOME"]
      tpl      = "prefix-${var.x}-${local.y}"
      only     = "${var.only}"
      fn       = jsonencode({ a = 1 })
      cond     = var.a ? "x" : "y"
      heredoc  = <<-EOT
        line1
          line2 ${var.z}
      EOT
      list_of_obj = [{ name = "a" }, { name = "b" }]
      dollar = "$"
      pct = "100%"
    }
  }
}
resource "kubernetes_deployment_v1" "a" {
  count = 2
  metadata { name = "a-${count.index}" }
  spec {
    template {
      spec {
        dynamic "container" {
          for_each = var.cs
          content { name = container.value }
        }
        init_container {
          name = "side"
          restart_policy = "Always"
        }
      }
    }
  }
}
resource "kubernetes_config_map_v1" "per_env" {
  for_each   = toset(["dev", "prod"])
  provider   = kubernetes.east
  depends_on = [kubernetes_namespace.app]
  lifecycle {
    ignore_changes = [data]
  }
  metadata {
    name = "settings-${each.key}"
  }
  data = {
    env = each.key
  }
}
